# tirkeme serve: saving, versions and the server's own guards.
serve-stale = `{$name}` was changed since you opened it (by someone else, or in another window): reload it to see the changes, or save yours as a new document
serve-stale-gone = `{$name}` is no longer there or already exists: reload the list of documents, or save under another name
serve-needs-match = `{$name}` already exists: say which version you replace (If-Match with its ETag), or save under another name
serve-no-version = `{$name}` has no version `{$id}`
serve-unreadable = `{$name}` cannot be opened in a form: line {$line}: {$detail}. Mend it in a text editor (Notepad), or open one of its versions
serve-formless = `{$name}` does not say which form it holds: add a line such as `form: application` in a text editor
serve-slow-down = too many wrong keys from this computer: try again in {$seconds} s
serve-body-too-slow = the request's data did not arrive in time; try again
serve-body-broken = the request's data arrived broken; try again
serve-token-short = the token must have at least 16 characters (e.g. `openssl rand -hex 16`)
serve-token-chars = the token may hold only Latin letters, digits and signs, without spaces, `;`, `,`, `"` or `\`
serve-keys-shape = {$path}:{$line}: a line of the keys file is `name: key`
serve-keys-short = {$path}:{$line}: the key must have at least 16 characters (e.g. `openssl rand -hex 16`)
serve-keys-chars = {$path}:{$line}: the key may hold only Latin letters, digits and signs, without spaces, `;`, `,`, `"` or `\`
serve-keys-duplicate = {$path}:{$line}: this key is already another person's: every person needs a key of their own
serve-keys-empty = {$path}: the keys file holds no `name: key` line
serve-bad-public-url = `{$url}` is not an address people open (e.g. https://tirkeme.example.edu/kafedra/)
serve-public-needs-token = a server behind a public address needs `--token` or `--keys`
serve-public = opened by people at {$url}

## Command line help of the new `serve` options
cli-serve-keys = a file of `name: key` lines, one key per person (16 characters at least): each key opens the server like --token, and the person is written beside every version they save
cli-serve-public-url = the address people open when the server is behind a reverse proxy (https://host/kafedra/): Host and Origin are checked against it, the pages work under its path, the key's cookie is Secure over https
cli-value-keys = FILE
cli-value-public-url = URL
serve-bad-address = this address cannot be read (its %-escapes are not UTF-8 text)
