// The cell interpreter lives here.
