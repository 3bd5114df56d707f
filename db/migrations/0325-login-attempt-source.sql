-- Where each login attempt came from (the Electron window or the web shell's remote address), so
-- guesses are throttled per source as well as per login. 'pending' rows are attempts reserved
-- before the password check: counted as failures until settled, so parallel guesses cannot
-- all pass the check at once.
ALTER TABLE login_attempts ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE INDEX login_attempts_source_at ON login_attempts (source, at);
