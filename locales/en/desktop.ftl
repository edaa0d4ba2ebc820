# tirkeme.exe double-clicked in Windows: what its window says.
desktop-created = The folder {$dir} was made, with {$count} example documents to open and copy.
desktop-ready =
    tirkeme is open in your browser at {$url}
    Your documents are kept in the folder {$dir}
    To stop tirkeme, close this window (or press Ctrl+C).
desktop-no-browser = The browser did not open by itself: open {$url} in it.
desktop-press-enter = Press Enter to close this window.
