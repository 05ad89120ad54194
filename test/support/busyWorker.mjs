// An inspection worker that never answers, spinning like resedit did on a zero length (issue 13): the
// stand-in for any file the reader might still fail to finish, in the inspector's deadline test.
for (;;);
