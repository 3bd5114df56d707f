-- Floor key rotation (docs/floor-mode.md, "Secrets"): the key id the floor's secrets were sealed
-- with before the last rotation, so a seat still holding only that key is told so in pt-BR.
ALTER TABLE floor_secret_key ADD COLUMN previous_key_id text;
ALTER TABLE floor_secret_key ADD COLUMN rotated_at text;
