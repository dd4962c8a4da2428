//! Code assets: a folder zipped deterministically (entries sorted by path,
//! timestamps fixed at 1980-01-01, permissions reduced to 0644/0755, each
//! entry deflated at the highest level, or stored when that is no smaller),
//! named by the SHA-256 of the zip, written under
//! `generated/assets/` and uploaded by the deploy pipeline to the bucket the
//! template takes as a parameter, as `aws cloudformation package` would.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// Lambda's limit on a function's unzipped code, which bounds an asset.
pub const MAX_UNZIPPED_BYTES: u64 = 250 * 1024 * 1024;

/// A zipped folder, ready to upload.
#[derive(Clone, PartialEq, Eq)]
pub struct Asset {
    /// The folder, as the user gave it (relative to the workspace root).
    pub source: PathBuf,
    /// The zip's bytes.
    pub bytes: Vec<u8>,
    /// Hex SHA-256 of `bytes`.
    pub sha256: String,
}

impl std::fmt::Debug for Asset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Asset")
            .field("source", &self.source)
            .field("bytes", &self.bytes.len())
            .field("sha256", &self.sha256)
            .finish()
    }
}

impl Asset {
    /// Zips `folder` for the resource `resource`; a missing, empty or
    /// oversized folder is an error naming the resource.
    pub fn zip(resource: &str, folder: &Path) -> Result<Asset> {
        let problem =
            |rule: String| Error::invalid(resource, "Code", folder.display().to_string(), rule);
        let mut files = Vec::new();
        walk(folder, folder, &mut files)
            .map_err(|e| problem(format!("cannot read the folder: {e}")))?;
        if files.is_empty() {
            return Err(problem(
                "an asset folder must hold at least one file".into(),
            ));
        }
        files.sort();
        if files.len() > usize::from(u16::MAX) {
            return Err(problem(format!(
                "the folder holds {} files; a zip without extensions holds at most {}",
                files.len(),
                u16::MAX
            )));
        }
        let total: u64 = files.iter().map(|(_, _, len)| *len).sum();
        if total > MAX_UNZIPPED_BYTES {
            return Err(problem(format!(
                "the folder holds {total} bytes; Lambda takes at most {MAX_UNZIPPED_BYTES} unzipped"
            )));
        }
        let mut zip = Zip::default();
        for (name, path, _) in &files {
            let data = fs::read(path).map_err(|e| problem(format!("{}: {e}", path.display())))?;
            zip.add(name, &data, executable(path));
        }
        let bytes = zip.finish();
        let sha256 = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Asset {
            source: folder.to_path_buf(),
            bytes,
            sha256,
        })
    }

    /// The object key and the file name under `generated/`:
    /// `assets/<sha256>.zip`.
    pub fn key(&self) -> String {
        format!("assets/{}.zip", self.sha256)
    }
}

/// Every regular file under `dir`, as (name inside the zip with `/`
/// separators, path, length).
fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf, u64)>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let meta = fs::metadata(&path)?;
        if meta.is_dir() {
            walk(root, &path, out)?;
        } else if meta.is_file() {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let name: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((name.join("/"), path.clone(), meta.len()));
        }
    }
    Ok(())
}

#[cfg(unix)]
fn executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn executable(_: &Path) -> bool {
    false
}

/// A zip archive of deflated (or, where deflate does not help, stored)
/// entries, built in memory.
#[derive(Default)]
struct Zip {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

/// 1980-01-01 00:00:00 in MS-DOS date and time, the earliest a zip holds.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// Names are UTF-8.
const FLAG_UTF8: u16 = 1 << 11;
const METHOD_STORED: u16 = 0;
const METHOD_DEFLATE: u16 = 8;

/// `data` as a raw deflate stream at the highest level.
fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

impl Zip {
    fn add(&mut self, name: &str, data: &[u8], executable: bool) {
        let crc = crc32fast::hash(data);
        let deflated = deflate(data);
        let (method, body): (u16, &[u8]) = if deflated.len() < data.len() {
            (METHOD_DEFLATE, &deflated)
        } else {
            (METHOD_STORED, data)
        };
        // Sizes fit: the folder is at most MAX_UNZIPPED_BYTES.
        let size = data.len() as u32;
        let packed = body.len() as u32;
        let offset = self.out.len() as u32;
        let name_len = name.len() as u16;
        let mode: u32 = if executable { 0o100755 } else { 0o100644 };

        let out = &mut self.out;
        put32(out, 0x0403_4b50);
        put16(out, 20);
        put16(out, FLAG_UTF8);
        put16(out, method);
        put16(out, DOS_TIME);
        put16(out, DOS_DATE);
        put32(out, crc);
        put32(out, packed);
        put32(out, size);
        put16(out, name_len);
        put16(out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(body);

        let c = &mut self.central;
        put32(c, 0x0201_4b50);
        put16(c, (3 << 8) | 20); // made by: Unix, zip 2.0
        put16(c, 20);
        put16(c, FLAG_UTF8);
        put16(c, method);
        put16(c, DOS_TIME);
        put16(c, DOS_DATE);
        put32(c, crc);
        put32(c, packed);
        put32(c, size);
        put16(c, name_len);
        put16(c, 0); // extra
        put16(c, 0); // comment
        put16(c, 0); // disk
        put16(c, 0); // internal attributes
        put32(c, mode << 16);
        put32(c, offset);
        c.extend_from_slice(name.as_bytes());
        self.entries += 1;
    }

    fn finish(mut self) -> Vec<u8> {
        let offset = self.out.len() as u32;
        let size = self.central.len() as u32;
        self.out.append(&mut self.central);
        let out = &mut self.out;
        put32(out, 0x0605_4b50);
        put16(out, 0);
        put16(out, 0);
        put16(out, self.entries);
        put16(out, self.entries);
        put32(out, size);
        put32(out, offset);
        put16(out, 0);
        self.out
    }
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("stackward-asset-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        for (path, text) in files {
            let p = dir.join(path);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, text).unwrap();
        }
        dir
    }

    #[test]
    fn the_same_content_gives_the_same_bytes_whatever_the_order_of_writing() {
        let a = folder("a", &[("index.py", "x = 1\n"), ("lib/util.py", "y = 2\n")]);
        let b = folder("b", &[("lib/util.py", "y = 2\n"), ("index.py", "x = 1\n")]);
        let (za, zb) = (Asset::zip("F", &a).unwrap(), Asset::zip("F", &b).unwrap());
        assert_eq!(za.bytes, zb.bytes);
        assert_eq!(za.key(), zb.key());
        assert_eq!(za.sha256.len(), 64);
        let c = folder("c", &[("index.py", "x = 3\n"), ("lib/util.py", "y = 2\n")]);
        assert_ne!(Asset::zip("F", &c).unwrap().sha256, za.sha256);
    }

    #[test]
    fn entries_are_sorted_stored_and_checksummed() {
        // Too short for deflate to help: stored.
        let dir = folder("d", &[("b.txt", "bee"), ("a/z.txt", "zed")]);
        let zip = Asset::zip("F", &dir).unwrap().bytes;
        let names: Vec<usize> = ["a/z.txt", "b.txt"]
            .iter()
            .map(|n| {
                zip.windows(n.len())
                    .position(|w| w == n.as_bytes())
                    .unwrap()
            })
            .collect();
        assert!(names[0] < names[1], "entries in path order");
        // The first local header: stored, crc of "zed", sizes 3.
        assert_eq!(&zip[0..4], &[0x50, 0x4b, 0x03, 0x04]);
        assert_eq!(u16::from_le_bytes([zip[8], zip[9]]), 0);
        assert_eq!(
            u32::from_le_bytes(zip[14..18].try_into().unwrap()),
            crc32fast::hash(b"zed")
        );
        assert_eq!(u32::from_le_bytes(zip[18..22].try_into().unwrap()), 3);
        // The end record counts two entries.
        let end = zip.len() - 22;
        assert_eq!(&zip[end..end + 4], &[0x50, 0x4b, 0x05, 0x06]);
        assert_eq!(u16::from_le_bytes([zip[end + 10], zip[end + 11]]), 2);
    }

    #[test]
    fn compressible_entries_are_deflated_and_read_back_whole() {
        use std::io::Read;
        let text = "def handler(event, context):\n    return {}\n".repeat(200);
        let dir = folder("z", &[("index.py", &text)]);
        let zip = Asset::zip("F", &dir).unwrap().bytes;
        assert_eq!(u16::from_le_bytes([zip[8], zip[9]]), METHOD_DEFLATE);
        let packed = u32::from_le_bytes(zip[18..22].try_into().unwrap()) as usize;
        let size = u32::from_le_bytes(zip[22..26].try_into().unwrap()) as usize;
        assert_eq!(size, text.len());
        assert!(packed * 10 < size, "{packed} of {size} bytes");
        let start = 30 + "index.py".len();
        let mut unpacked = String::new();
        flate2::read::DeflateDecoder::new(&zip[start..start + packed])
            .read_to_string(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, text);
        assert_eq!(Asset::zip("F", &dir).unwrap().bytes, zip, "deterministic");
    }

    #[test]
    fn a_missing_or_empty_folder_is_an_error_naming_the_resource() {
        let missing = std::env::temp_dir().join("stackward-asset-nowhere");
        let e = Asset::zip("Thumbnailer", &missing).unwrap_err().to_string();
        assert!(e.starts_with("Thumbnailer.Code"), "{e}");
        let empty = folder("e", &[]);
        fs::create_dir_all(&empty).unwrap();
        let e = Asset::zip("Thumbnailer", &empty).unwrap_err().to_string();
        assert!(e.contains("at least one file"), "{e}");
    }
}
