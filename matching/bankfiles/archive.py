"""Open a .zip of bank files safely: bounded member count and decompressed size.

Banks ship camt.053/054 as a zip of one XML per statement. A zip bomb (a tiny
archive that inflates to gigabytes, or thousands of members) is refused with
InputError before anything big is read. Pure: bytes in, member bytes out.
"""
from __future__ import annotations

import io
import zipfile
import zlib

from ledger.errors import InputError

MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
_CHUNK = 64 * 1024


def is_zip(data: bytes) -> bool:
    return data[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def zip_members(
    data: bytes,
    source: str,
    *,
    max_members: int = MAX_MEMBERS,
    max_member_bytes: int = MAX_MEMBER_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> list[tuple[str, bytes]]:
    """Return (name, bytes) of each file in the archive, in archive order.

    Sizes are enforced while inflating, not trusted from the archive's own
    headers, which a crafted file can understate.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise InputError(f"{source}: not a readable zip archive ({error})") from None
    if len(infos) > max_members:
        raise InputError(f"{source}: zip archive has {len(infos)} members, more than the {max_members} allowed")
    members = []
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError(f"{source}: zip member {info.filename} is encrypted")
        chunks = []
        size = 0
        try:
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    if size > max_member_bytes or total > max_total_bytes:
                        raise InputError(
                            f"{source}: zip member {info.filename} inflates beyond the allowed size "
                            f"({max_member_bytes} bytes per member, {max_total_bytes} in all); refused"
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError, EOFError) as error:
            raise InputError(f"{source}: zip member {info.filename} unreadable ({error})") from None
        members.append((info.filename, b"".join(chunks)))
    return members
