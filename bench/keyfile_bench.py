"""Key-file strength: time and memory of one passphrase guess. `python -m bench.keyfile_bench`.

Times opening a key file written with the shipped scrypt parameters (what an attacker pays per
guess through the app's own loader) and the same for an old PBKDF2 (PKCS#8) file.
"""

from __future__ import annotations

import json
import statistics
import time

RUNS = 5


def _time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(runs: int = RUNS) -> dict:
    from models import bundle_crypto as bc
    from models import key_file

    raw, passphrase = bc.new_signing_key(), "một mật khẩu dài"
    current = key_file.protect(raw, passphrase, bc.SIGN_KIND)
    legacy = key_file.protect_legacy(raw, passphrase, bc.SIGN_KIND)
    n, r, p = key_file.DEFAULT_SCRYPT
    open_s = _time(lambda: key_file.unprotect(current, passphrase), runs)
    legacy_s = _time(lambda: key_file.unprotect(legacy, passphrase), runs)
    return {"scrypt_n": n, "scrypt_r": r, "scrypt_p": p, "memory_per_guess_mib": 128 * r * n // 2 ** 20,
            "open_key_file_s": round(open_s, 3), "guesses_per_s_per_core": round(1 / open_s, 2),
            "old_pbkdf2_file_open_s": round(legacy_s, 4),
            "old_guesses_per_s_per_core": round(1 / legacy_s),
            "checks": [{"figure": "open_key_file_s", "value": round(open_s, 3), "target": "0.2–1.5 s",
                        "pass": 0.2 <= open_s <= 1.5}]}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
