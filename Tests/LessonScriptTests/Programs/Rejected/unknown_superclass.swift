class Dense: Layr {}
