//! No plaintext drafts (issue 18 part 1): a note typed in `$EDITOR` is drafted in a private
//! (0700) folder under the runtime directory; a draft left by a killed `case note` is overwritten
//! and removed by the next command, whatever it is, while a draft whose editor is still open is
//! left alone.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{TestEnv, files_below};

const MARKER: &str = "zqxdraftmarker";

/// A runtime directory of the test's own on memory-backed storage, as `$XDG_RUNTIME_DIR` is.
fn runtime_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir_in("/dev/shm").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    dir
}

/// An editor that writes the marker into the draft and a swap file beside it (as vim does),
/// says where it is and who started it, then waits until it is killed.
fn blocking_editor(env: &TestEnv) -> PathBuf {
    let editor = env.root().join("editor.sh");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nprintf '{MARKER} typed so far\\n' >> \"$1\"\nprintf '{MARKER} swap' > \"$(dirname \"$1\")/.note.swp\"\necho \"$PPID $$ $1\" > {}.tmp\nmv {0}.tmp {0}\nexec sleep 600\n",
            env.root().join("editing").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o700)).unwrap();
    editor
}

/// `case note` on a pseudo-terminal (`script`), with `editor`.
fn note_in(env: &TestEnv, runtime: &Path, case: &str, editor: &Path) -> Command {
    let hermetic = env.std_command(&[]);
    let line = format!("{} case note {case}", env!("CARGO_BIN_EXE_takedown"));
    let mut command = Command::new("script");
    command
        .env_clear()
        .envs(hermetic.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("EDITOR", editor)
        .env("XDG_RUNTIME_DIR", runtime)
        .current_dir(env.root())
        .args(["-qec", &line, "/dev/null"])
        .stdin(Stdio::null());
    command
}

/// `case note` with the blocking editor, in the background.
fn note_in_editor(env: &TestEnv, runtime: &Path, case: &str) -> Child {
    note_in(env, runtime, case, &blocking_editor(env))
        .stdout(Stdio::null())
        .spawn()
        .unwrap()
}

/// A `case note` whose editor is open; both are killed when this is dropped (by `kill` or by
/// a failed assertion), so no test leaves them behind.
struct Editing {
    takedown: String,
    editor: String,
    draft: PathBuf,
}

impl Editing {
    /// Waits until the editor has the draft.
    fn wait(env: &TestEnv) -> Editing {
        let started = Instant::now();
        let file = env.root().join("editing");
        while !file.exists() {
            assert!(started.elapsed() < Duration::from_secs(30), "no editor");
            std::thread::sleep(Duration::from_millis(20));
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let words: Vec<&str> = text.split_whitespace().collect();
        std::fs::remove_file(file).unwrap();
        Editing {
            takedown: words[0].to_owned(),
            editor: words[1].to_owned(),
            draft: PathBuf::from(words[2]),
        }
    }

    /// SIGKILL to `case note`, then to its editor.
    fn kill(self) {
        drop(self);
    }
}

impl Drop for Editing {
    fn drop(&mut self) {
        for pid in [&self.takedown, &self.editor] {
            let _ = Command::new("kill").args(["-KILL", pid]).status();
        }
    }
}

/// Files under `dir` holding the marker.
fn with_marker(dir: &Path) -> Vec<PathBuf> {
    files_below(dir)
        .into_iter()
        .filter(|f| String::from_utf8_lossy(&std::fs::read(f).unwrap_or_default()).contains(MARKER))
        .collect()
}

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn a_draft_left_by_a_killed_note_is_destroyed_by_the_next_command() {
    let env = TestEnv::initialised();
    let runtime = runtime_dir();
    let case = env.ok(&["case", "new", "-c", "harassment"]);
    let mut script = note_in_editor(&env, runtime.path(), &case);
    let editing = Editing::wait(&env);
    let draft = editing.draft.clone();

    // The draft sits in a folder of its own inside a private folder under the runtime dir.
    let folder = draft.parent().unwrap();
    let private = folder.parent().unwrap();
    assert_eq!(
        private.parent().unwrap(),
        runtime.path(),
        "{}",
        draft.display()
    );
    assert_eq!(mode(private), 0o700, "{}", private.display());
    assert_eq!(mode(folder), 0o700, "{}", folder.display());
    assert_eq!(mode(&draft), 0o600, "{}", draft.display());
    assert_eq!(
        with_marker(runtime.path()).len(),
        2,
        "the draft and the swap file"
    );

    editing.kill();
    script.wait().unwrap();
    assert_eq!(
        with_marker(runtime.path()).len(),
        2,
        "a killed process cannot clean up after itself"
    );

    // Any command will do, even one that never opens the store.
    let next = env
        .command(&["platforms", "list"])
        .env("XDG_RUNTIME_DIR", runtime.path())
        .output()
        .unwrap();
    assert!(next.status.success(), "{next:?}");
    assert!(
        with_marker(runtime.path()).is_empty(),
        "draft files left: {:?}",
        with_marker(runtime.path())
    );
    assert!(!folder.exists(), "the draft's folder is gone");
    assert_eq!(mode(private), 0o700);
    assert!(!env.ok(&["case", "show", &case]).contains(MARKER));
}

#[test]
fn a_draft_whose_editor_is_open_is_left_alone_by_other_commands() {
    let env = TestEnv::initialised();
    let runtime = runtime_dir();
    let case = env.ok(&["case", "new", "-c", "harassment"]);
    let mut script = note_in_editor(&env, runtime.path(), &case);
    let editing = Editing::wait(&env);
    for args in [["case", "list"], ["platforms", "list"]] {
        let out = env
            .command(&args)
            .env("XDG_RUNTIME_DIR", runtime.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    assert!(
        std::fs::read_to_string(&editing.draft)
            .unwrap()
            .contains(MARKER),
        "the note being written is still there"
    );
    editing.kill();
    script.wait().unwrap();
}

#[test]
fn a_finished_note_leaves_no_draft() {
    let env = TestEnv::initialised();
    let runtime = runtime_dir();
    let case = env.ok(&["case", "new", "-c", "harassment"]);
    let editor = env.root().join("quick.sh");
    std::fs::write(
        &editor,
        format!("#!/bin/sh\nprintf '{MARKER} from the editor\\n' >> \"$1\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = note_in(&env, runtime.path(), &case, &editor)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(env.ok(&["case", "show", &case]).contains(MARKER));
    assert!(with_marker(runtime.path()).is_empty());
    let left: Vec<PathBuf> = files_below(runtime.path());
    assert!(left.is_empty(), "{left:?}");
}
