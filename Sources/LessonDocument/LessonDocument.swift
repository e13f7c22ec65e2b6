// The lesson file model lives here; see the types in this folder.
