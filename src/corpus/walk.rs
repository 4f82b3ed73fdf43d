//! Walking inputs: file and directory arguments in, the list of files to read out.
//!
//! A file argument is taken as given, whatever its name (a missing one too: reading it
//! will fail and be reported in its place). A directory is walked recursively for files
//! whose extension is the one asked for (`txt` for articles, `jsonl` for JSON Lines),
//! in a stable order: the entries of each directory sorted by name, byte-wise. So
//! `NAME.expected.json` and other companions are skipped. Symbolic links to files are
//! followed when read; links to directories are not walked (no cycles). A directory that
//! cannot be listed becomes an error in its place. Nothing is read here.

use std::fs;
use std::path::{Path, PathBuf};

use super::ErrorRecord;

/// One input found: a file to read, or an error to report in its place.
pub type Found = Result<PathBuf, ErrorRecord>;

/// Expands the arguments into files, in order.
pub fn inputs(args: &[PathBuf], extension: &str) -> Vec<Found> {
    let mut out = Vec::new();
    for arg in args {
        if arg.is_dir() {
            walk(arg, extension, &mut out);
        } else {
            out.push(Ok(arg.clone()));
        }
    }
    out
}

fn error(path: &Path, what: &str, e: &std::io::Error) -> ErrorRecord {
    ErrorRecord {
        id: None,
        path: Some(path.display().to_string()),
        error: format!("{what}: {e}"),
    }
}

/// Appends the matching files under `dir`.
fn walk(dir: &Path, extension: &str, out: &mut Vec<Found>) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return out.push(Err(error(dir, "cannot list directory", &e))),
    };
    let mut listed = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => listed.push(entry),
            Err(e) => out.push(Err(error(dir, "cannot list directory", &e))),
        }
    }
    listed.sort_by_key(|e| e.file_name());
    for entry in listed {
        let path = entry.path();
        let is_dir = match entry.file_type() {
            Ok(t) => t.is_dir(),
            Err(e) => {
                out.push(Err(error(&path, "cannot read directory entry", &e)));
                continue;
            }
        };
        if is_dir {
            walk(&path, extension, out);
        } else if path.extension().is_some_and(|x| x == extension) && !path.is_dir() {
            out.push(Ok(path));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_recursive_filtered() {
        let root = std::env::temp_dir().join(format!("claims-walk-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for f in [
            "b.txt",
            "a.txt",
            "a.expected.json",
            "sub/c.txt",
            "sub/z/d.txt",
            "e.md",
        ] {
            let p = root.join(f);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, "x").unwrap();
        }
        let got: Vec<String> = inputs(&[root.clone(), root.join("e.md")], "txt")
            .into_iter()
            .map(|f| {
                f.unwrap()
                    .strip_prefix(&root)
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(got, ["a.txt", "b.txt", "sub/c.txt", "sub/z/d.txt", "e.md"]);
        fs::remove_dir_all(&root).unwrap();
    }
}
