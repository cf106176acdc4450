
use builtin;
use str;

set edit:completion:arg-completer[takedown] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'takedown'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'takedown'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the encrypted case store and choose where its key lives'
            cand key 'Manage the store key'
            cand case 'Open, list, annotate and close cases'
            cand link 'Track the links a victim sends: each normalised, hashed and matched to its platform'
            cand platforms 'Read and check what takedown knows about platforms (`platforms.yaml`)'
            cand report 'Platform-specific takedown reports for a case: what to submit where, and why'
            cand escalate 'E-mail a case''s links to the helpline''s partner contact at each platform'
            cand outbox 'Queued e-mails: nothing is lost while the SMTP server is down, nothing is sent twice'
            cand mail 'The mail relay''s login, kept in the secret store'
            cand guide 'Self-reporting guide for a victim: safety first, then the exact steps, evidence and help'
            cand recheck 'Check due links (or all links of open cases); exit 1 when one resurfaced or is past its deadline'
            cand cron 'Run every unattended job: queued e-mail, due re-checks, due follow-ups, queued timestamps'
            cand schedule 'Show when links are re-checked; print, install or remove the job that runs `takedown cron`'
            cand stats 'Anonymous figures: cases opened, links reported, removals, first responses, deadlines met'
            cand hash 'Hash files (SHA-256, and PDQ for images); export a hash list, or match pictures with the store'
            cand wipe 'Destroy files, folders or a whole case, beyond what deleting does'
            cand evidence 'Keep evidence safe: an encrypted vault per case, with a chain-of-custody log'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;init'= {
            cand --key-file 'Keep the key in this file instead of the OS keyring (servers and cron)'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand -y 'Go ahead without asking (needed when there is no terminal)'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;key'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand restore 'Put the key back from the recovery code `takedown init` printed (read from stdin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;key;restore'= {
            cand --key-file 'Save the key to this (new) file and use it from now on'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;key;help'= {
            cand restore 'Put the key back from the recovery code `takedown init` printed (read from stdin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;key;help;restore'= {
        }
        &'takedown;key;help;help'= {
        }
        &'takedown;case'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Open a case and print its id'
            cand list 'List cases'
            cand show 'Show a case: categories, consents, history and notes'
            cand note 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted'
            cand category 'Add or remove categories of a case, with the time and who did it'
            cand consent 'Record consent given or withdrawn, with the time'
            cand close 'Mark a case resolved'
            cand hold 'Put a case on legal hold: it is kept as it is and cannot be wiped'
            cand reopen 'Reopen a resolved or held case'
            cand states 'Print which command runs in which case state (open, resolved, held, wiped), and why not'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;case;new'= {
            cand -c 'What the case is about (repeat or separate with commas)'
            cand --category 'What the case is about (repeat or separate with commas)'
            cand -j 'Jurisdiction code, e.g. `pk`'
            cand --jurisdiction 'Jurisdiction code, e.g. `pk`'
            cand --consent 'Consent the victim gave, recorded with the time (repeat or separate with commas)'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --minor 'The victim is under 18: stricter rules apply (no personal data shared, ever)'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;list'= {
            cand --status 'Only cases with this status'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;show'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;note'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;category'= {
            cand --add 'Categories to add (repeat or separate with commas)'
            cand --remove 'Categories to remove; a case keeps at least one'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;consent'= {
            cand --give 'Consent given'
            cand --withdraw 'Consent withdrawn'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;close'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;hold'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;reopen'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;states'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;case;help'= {
            cand new 'Open a case and print its id'
            cand list 'List cases'
            cand show 'Show a case: categories, consents, history and notes'
            cand note 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted'
            cand category 'Add or remove categories of a case, with the time and who did it'
            cand consent 'Record consent given or withdrawn, with the time'
            cand close 'Mark a case resolved'
            cand hold 'Put a case on legal hold: it is kept as it is and cannot be wiped'
            cand reopen 'Reopen a resolved or held case'
            cand states 'Print which command runs in which case state (open, resolved, held, wiped), and why not'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;case;help;new'= {
        }
        &'takedown;case;help;list'= {
        }
        &'takedown;case;help;show'= {
        }
        &'takedown;case;help;note'= {
        }
        &'takedown;case;help;category'= {
        }
        &'takedown;case;help;consent'= {
        }
        &'takedown;case;help;close'= {
        }
        &'takedown;case;help;hold'= {
        }
        &'takedown;case;help;reopen'= {
        }
        &'takedown;case;help;states'= {
        }
        &'takedown;case;help;help'= {
        }
        &'takedown;link'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add links to a case; `-` reads them from stdin, one per line'
            cand import 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)'
            cand list 'List links'
            cand show 'Show a link, its history, and its last observations with what led to each'
            cand set 'Record what was done with a link: status, route, the platform''s reference number'
            cand rm 'Delete a link and its history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;link;add'= {
            cand --case 'The case the links belong to'
            cand --category 'Category of these links when it differs from the case''s'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;link;import'= {
            cand --case 'The case the links belong to'
            cand --category 'Category of these links when it differs from the case''s'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;link;list'= {
            cand --case 'Only links of this case'
            cand --status 'Only links with this status'
            cand --platform 'Platform id, e.g. `facebook` (`takedown platforms list` shows them)'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;link;show'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;link;set'= {
            cand --status 'Where the link stands now'
            cand --route 'How it was reported'
            cand --ref 'The platform''s ticket or reference number (a new one counts as its reply in `stats`)'
            cand --at 'When it happened: RFC 3339, or a local `YYYY-MM-DD [HH:MM]` [default: now]'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;link;rm'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;link;help'= {
            cand add 'Add links to a case; `-` reads them from stdin, one per line'
            cand import 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)'
            cand list 'List links'
            cand show 'Show a link, its history, and its last observations with what led to each'
            cand set 'Record what was done with a link: status, route, the platform''s reference number'
            cand rm 'Delete a link and its history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;link;help;add'= {
        }
        &'takedown;link;help;import'= {
        }
        &'takedown;link;help;list'= {
        }
        &'takedown;link;help;show'= {
        }
        &'takedown;link;help;set'= {
        }
        &'takedown;link;help;rm'= {
        }
        &'takedown;link;help;help'= {
        }
        &'takedown;platforms'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the platforms, built-in and from --platforms'
            cand show 'Show everything known about one platform: hosts, report channels, sources'
            cand check 'Check a platforms file; each problem is reported with its line and column (exit 1)'
            cand whois 'Find the hosting provider''s abuse contact for a link''s host (RDAP)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;platforms;list'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;platforms;show'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;platforms;check'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;platforms;whois'= {
            cand --rdap-server 'Ask this RDAP server instead of the registry IANA''s bootstrap file names (a helpline''s mirror): https, or http to this machine only'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;platforms;help'= {
            cand list 'List the platforms, built-in and from --platforms'
            cand show 'Show everything known about one platform: hosts, report channels, sources'
            cand check 'Check a platforms file; each problem is reported with its line and column (exit 1)'
            cand whois 'Find the hosting provider''s abuse contact for a link''s host (RDAP)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;platforms;help;list'= {
        }
        &'takedown;platforms;help;show'= {
        }
        &'takedown;platforms;help;check'= {
        }
        &'takedown;platforms;help;whois'= {
        }
        &'takedown;platforms;help;help'= {
        }
        &'takedown;report'= {
            cand --case 'The case whose links to report'
            cand --platform 'Only this platform''s links (an id from `takedown platforms list`, or `other`)'
            cand --format 'format'
            cand --lang 'lang'
            cand --out 'Write one file per platform into this directory (created 0700; files 0600) instead of printing'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;escalate'= {
            cand --case 'The case whose links to escalate'
            cand --platform 'Only links on this platform'
            cand --partner 'This partner (a `name` in partners.yaml) instead of the first that fits'
            cand --attach 'Attach this evidence, stripped of its metadata (JPEG, PNG, WebP; repeatable). Never for a minor''s case'
            cand --lang 'Language of the message [default: the partner''s `language`]'
            cand --out 'Where --dry-run writes its files [default: the current directory]'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --yes 'Queue without asking (needed without a terminal)'
            cand --dry-run 'Write each message as an .eml file (0600) and queue nothing'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand followup 'Remind partners of escalated links still live past their response time or a legal deadline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;escalate;followup'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --dry-run 'List the follow-ups that are due and queue nothing'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;escalate;help'= {
            cand followup 'Remind partners of escalated links still live past their response time or a legal deadline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;escalate;help;followup'= {
        }
        &'takedown;escalate;help;help'= {
        }
        &'takedown;outbox'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List messages: id, kind, case, partner, state, attempts and the last error or reason'
            cand send 'Send queued messages now; exit 1 when some are left waiting or need a decision'
            cand drop 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;outbox;list'= {
            cand --state 'Only messages in this state'
            cand --case 'Only messages of this case'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;outbox;send'= {
            cand --resend-uncertain 'Send this `uncertain` message again: its body went out and no answer came, so the partner may receive it twice'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;outbox;drop'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --yes 'Drop without asking (needed without a terminal)'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;outbox;help'= {
            cand list 'List messages: id, kind, case, partner, state, attempts and the last error or reason'
            cand send 'Send queued messages now; exit 1 when some are left waiting or need a decision'
            cand drop 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;outbox;help;list'= {
        }
        &'takedown;outbox;help;send'= {
        }
        &'takedown;outbox;help;drop'= {
        }
        &'takedown;outbox;help;help'= {
        }
        &'takedown;mail'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand password 'Store (or replace) the SMTP password, read from standard input'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;mail;password'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;mail;help'= {
            cand password 'Store (or replace) the SMTP password, read from standard input'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;mail;help;password'= {
        }
        &'takedown;mail;help;help'= {
        }
        &'takedown;guide'= {
            cand --platform 'A platform (an id from `takedown platforms list`); repeat it, or separate ids with commas, for one guide covering several'
            cand --category 'What happened'
            cand --jurisdiction 'Country whose emergency numbers, helplines and authorities to show'
            cand --lang 'lang'
            cand --format 'The page''s format; a guide is for people, so there is no JSON'
            cand --out 'Write the guide to this file (0600) instead of printing it'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --minor 'The person harmed (or shown in the images) is under 18: hotlines only'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;recheck'= {
            cand --case 'Only links of this case'
            cand --platform 'Only links of this platform, e.g. `facebook`'
            cand --concurrency 'Requests in flight at once, over all hosts [default: 16]'
            cand --per-host 'Requests in flight at once to one host [default: 2]'
            cand --host-interval 'Least time between two requests to one host, e.g. `500ms`, `2s` [default: 1s]'
            cand --timeout 'Time allowed for one request, e.g. `30s` [default: 30s]'
            cand --retries 'Further tries after a reset, a timeout, a 429 or a 503 [default: 2]'
            cand --proxy 'Proxy for every request: http://, https:// or socks5h:// (Tor: socks5h://127.0.0.1:9050)'
            cand --user-agent 'User-Agent header sent with every request [default: takedown/VERSION]'
            cand --max-body 'Bytes read of each page: enough for removal texts and a content hash [default: 1048576]'
            cand --confirm-after 'Wait before the second fetch that confirms a change (removed, unavailable, resurfaced), e.g. `10s`, at most `10m` [default: 5s]'
            cand --max-image 'Bytes read of a picture (a link to an image, or a page''s `og:image`), hashed with PDQ to recognise re-uploads [default: 16777216]'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --due 'Only links whose next check is due (the default)'
            cand --all 'Every link of open and held cases, due or not'
            cand --dry-run 'List the links this run would check, by id, and fetch none'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;cron'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;schedule'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now'
            cand print 'Print a crontab line, and a systemd service and timer, that run `takedown cron`'
            cand install 'Add the cron line to the current user''s crontab, replacing an older one of this data directory (never a second one)'
            cand remove 'Take the cron line out of the current user''s crontab'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;schedule;show'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;schedule;print'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;schedule;install'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;schedule;remove'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;schedule;help'= {
            cand show 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now'
            cand print 'Print a crontab line, and a systemd service and timer, that run `takedown cron`'
            cand install 'Add the cron line to the current user''s crontab, replacing an older one of this data directory (never a second one)'
            cand remove 'Take the cron line out of the current user''s crontab'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;schedule;help;show'= {
        }
        &'takedown;schedule;help;print'= {
        }
        &'takedown;schedule;help;install'= {
        }
        &'takedown;schedule;help;remove'= {
        }
        &'takedown;schedule;help;help'= {
        }
        &'takedown;stats'= {
            cand --since 'First month counted (`2026-01`, or a date in it) [default: five months before --until]'
            cand --until 'Last month counted [default: this month]'
            cand --by 'Break the figures down by this (repeat or separate with commas) [default: platform]'
            cand --period 'A series by month, quarter or half-year (implies `--by month`)'
            cand --min-count 'Suppress cells resting on fewer cases than this'
            cand --chart 'Also draw charts to FILE: `.svg` or `.png`'
            cand --html 'Also write one self-contained HTML page (tables and charts inline) to FILE'
            cand --lang 'Language of the HTML page and of an SVG chart (a PNG chart stays in English); Urdu is right to left'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --internal 'Exact small numbers for staff; every output is marked "internal: not for publication"'
            cand --csv 'Comma-separated values for spreadsheets'
            cand --md 'A Markdown report'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;hash'= {
            cand --max-pixels 'Largest image, in pixels, that is decoded (a guard against decompression bombs)'
            cand --export 'Write a hash list (CSV: sha256,pdq,quality) to FILE (`-`: stdout) instead of the table. It holds no file names unless `--with-paths` is given, and no picture: it can be made on the victim''s own computer and given to a helpline (`evidence add-hash` reads it)'
            cand --against 'Like `--match`, against one case''s pictures only'
            cand --threshold 'Largest Hamming distance (of 256 bits) that counts as a match [default: 31, Meta''s recommendation, or `matching.threshold` in config.yaml]'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --with-paths 'Add each file''s path to the hash list (names can say who is in a picture)'
            cand --match 'Compare each picture (and its mirrored and rotated variants) with every picture in the store: links'' last live pictures, evidence and hash records. Exit 1 when something is within the threshold'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;wipe'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Destroy files and folders: overwrite, sync, rename at random, unlink'
            cand case 'Destroy a case: its records, its evidence files and its key; then re-key the store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;wipe;path'= {
            cand --passes 'Overwrite passes with random bytes [default: `wipe.passes` in config.yaml, or 1]'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --allow-store 'Allow destroying a takedown home (any folder with a home.json), a store key file or the SMTP password file beside it (every case of that home, for good)'
            cand -y 'Go ahead without asking (needed when there is no terminal)'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;wipe;case'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand -y 'Go ahead without asking (needed when there is no terminal)'
            cand --yes 'Go ahead without asking (needed when there is no terminal)'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;wipe;help'= {
            cand path 'Destroy files and folders: overwrite, sync, rename at random, unlink'
            cand case 'Destroy a case: its records, its evidence files and its key; then re-key the store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;wipe;help;path'= {
        }
        &'takedown;wipe;help;case'= {
        }
        &'takedown;wipe;help;help'= {
        }
        &'takedown;evidence'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Copy files into a case''s encrypted vault and print each one''s id'
            cand list 'List evidence items'
            cand show 'Show an evidence item''s record (logged as `viewed` in the custody log)'
            cand log 'Print a case''s custody log, oldest entry first'
            cand open 'Write an evidence item''s original bytes to a file (logged as `opened`)'
            cand verify 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed'
            cand add-hash 'Record a victim''s hash list (from `takedown hash --export`) on a case, with no images'
            cand capture 'Capture links as evidence: what the server sent, kept as a WARC file in the vault'
            cand timestamp 'Fetch queued trusted timestamps now (RFC 3161)'
            cand strip 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture'
            cand export 'Export a case''s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;evidence;add'= {
            cand --case 'The case the evidence belongs to'
            cand --files 'Read the names of the files to add from LIST (`-`: stdin), one per line or NUL-separated (`find -print0`)'
            cand --source-url 'Where the files were found; `-` reads it from stdin, keeping it out of the process list'
            cand --source-url-file 'Read the source URL from this file instead'
            cand --captured-at 'When it was captured: RFC 3339 (`2026-11-20T14:30:00Z`) or local `2026-11-20 14:30`'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --move 'Securely remove each original once its vault copy is verified (read back, decrypted, compared by SHA-256); overwrite passes from `wipe.passes`'
            cand --follow-symlinks 'With --move, a symlink given as a file: destroy the file it names, then the link (without this flag such a link is refused)'
            cand --strip 'Also store a working copy of each JPEG, PNG or WebP with its metadata stripped, linked to the untouched original'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;list'= {
            cand --case 'Only evidence of this case'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;show'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;log'= {
            cand --case 'The case whose log to print'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;open'= {
            cand --out 'Where to write it (`-` for stdout); an existing file is never overwritten'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;verify'= {
            cand --case 'Only this case'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;add-hash'= {
            cand --case 'The case the hashes belong to'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;capture'= {
            cand --case 'Capture every link of this case that is not removed'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --with-media 'Keep the main picture''s bytes in the WARC too (refused in a `csam` case and in a minor''s case of a sexual category, as `evidence add` refuses pictures there)'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;timestamp'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;strip'= {
            cand --out 'Where to write the clean copy'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;export'= {
            cand --case 'The case to export'
            cand --bagit 'Where to write the bag: a new directory, or with --encrypt-to a new encrypted archive'
            cand --encrypt-to 'Write the bag only as a tar archive encrypted to this age X25519 recipient (`age1…`), so no plaintext copy is written'
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;evidence;help'= {
            cand add 'Copy files into a case''s encrypted vault and print each one''s id'
            cand list 'List evidence items'
            cand show 'Show an evidence item''s record (logged as `viewed` in the custody log)'
            cand log 'Print a case''s custody log, oldest entry first'
            cand open 'Write an evidence item''s original bytes to a file (logged as `opened`)'
            cand verify 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed'
            cand add-hash 'Record a victim''s hash list (from `takedown hash --export`) on a case, with no images'
            cand capture 'Capture links as evidence: what the server sent, kept as a WARC file in the vault'
            cand timestamp 'Fetch queued trusted timestamps now (RFC 3161)'
            cand strip 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture'
            cand export 'Export a case''s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;evidence;help;add'= {
        }
        &'takedown;evidence;help;list'= {
        }
        &'takedown;evidence;help;show'= {
        }
        &'takedown;evidence;help;log'= {
        }
        &'takedown;evidence;help;open'= {
        }
        &'takedown;evidence;help;verify'= {
        }
        &'takedown;evidence;help;add-hash'= {
        }
        &'takedown;evidence;help;capture'= {
        }
        &'takedown;evidence;help;timestamp'= {
        }
        &'takedown;evidence;help;strip'= {
        }
        &'takedown;evidence;help;export'= {
        }
        &'takedown;evidence;help;help'= {
        }
        &'takedown;completions'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;man'= {
            cand --home 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]'
            cand --platforms 'A platforms file merged over the built-in one by platform `id`'
            cand --config 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]'
            cand --templates 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]'
            cand --as 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]'
            cand --color 'When to colour stderr'
            cand --json 'Print data as JSON (JSON Lines for lists)'
            cand -v 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand --verbose 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
            cand -q 'Only data and errors; no notes or progress'
            cand --quiet 'Only data and errors; no notes or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'takedown;help'= {
            cand init 'Create the encrypted case store and choose where its key lives'
            cand key 'Manage the store key'
            cand case 'Open, list, annotate and close cases'
            cand link 'Track the links a victim sends: each normalised, hashed and matched to its platform'
            cand platforms 'Read and check what takedown knows about platforms (`platforms.yaml`)'
            cand report 'Platform-specific takedown reports for a case: what to submit where, and why'
            cand escalate 'E-mail a case''s links to the helpline''s partner contact at each platform'
            cand outbox 'Queued e-mails: nothing is lost while the SMTP server is down, nothing is sent twice'
            cand mail 'The mail relay''s login, kept in the secret store'
            cand guide 'Self-reporting guide for a victim: safety first, then the exact steps, evidence and help'
            cand recheck 'Check due links (or all links of open cases); exit 1 when one resurfaced or is past its deadline'
            cand cron 'Run every unattended job: queued e-mail, due re-checks, due follow-ups, queued timestamps'
            cand schedule 'Show when links are re-checked; print, install or remove the job that runs `takedown cron`'
            cand stats 'Anonymous figures: cases opened, links reported, removals, first responses, deadlines met'
            cand hash 'Hash files (SHA-256, and PDQ for images); export a hash list, or match pictures with the store'
            cand wipe 'Destroy files, folders or a whole case, beyond what deleting does'
            cand evidence 'Keep evidence safe: an encrypted vault per case, with a chain-of-custody log'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'takedown;help;init'= {
        }
        &'takedown;help;key'= {
            cand restore 'Put the key back from the recovery code `takedown init` printed (read from stdin)'
        }
        &'takedown;help;key;restore'= {
        }
        &'takedown;help;case'= {
            cand new 'Open a case and print its id'
            cand list 'List cases'
            cand show 'Show a case: categories, consents, history and notes'
            cand note 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted'
            cand category 'Add or remove categories of a case, with the time and who did it'
            cand consent 'Record consent given or withdrawn, with the time'
            cand close 'Mark a case resolved'
            cand hold 'Put a case on legal hold: it is kept as it is and cannot be wiped'
            cand reopen 'Reopen a resolved or held case'
            cand states 'Print which command runs in which case state (open, resolved, held, wiped), and why not'
        }
        &'takedown;help;case;new'= {
        }
        &'takedown;help;case;list'= {
        }
        &'takedown;help;case;show'= {
        }
        &'takedown;help;case;note'= {
        }
        &'takedown;help;case;category'= {
        }
        &'takedown;help;case;consent'= {
        }
        &'takedown;help;case;close'= {
        }
        &'takedown;help;case;hold'= {
        }
        &'takedown;help;case;reopen'= {
        }
        &'takedown;help;case;states'= {
        }
        &'takedown;help;link'= {
            cand add 'Add links to a case; `-` reads them from stdin, one per line'
            cand import 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)'
            cand list 'List links'
            cand show 'Show a link, its history, and its last observations with what led to each'
            cand set 'Record what was done with a link: status, route, the platform''s reference number'
            cand rm 'Delete a link and its history'
        }
        &'takedown;help;link;add'= {
        }
        &'takedown;help;link;import'= {
        }
        &'takedown;help;link;list'= {
        }
        &'takedown;help;link;show'= {
        }
        &'takedown;help;link;set'= {
        }
        &'takedown;help;link;rm'= {
        }
        &'takedown;help;platforms'= {
            cand list 'List the platforms, built-in and from --platforms'
            cand show 'Show everything known about one platform: hosts, report channels, sources'
            cand check 'Check a platforms file; each problem is reported with its line and column (exit 1)'
            cand whois 'Find the hosting provider''s abuse contact for a link''s host (RDAP)'
        }
        &'takedown;help;platforms;list'= {
        }
        &'takedown;help;platforms;show'= {
        }
        &'takedown;help;platforms;check'= {
        }
        &'takedown;help;platforms;whois'= {
        }
        &'takedown;help;report'= {
        }
        &'takedown;help;escalate'= {
            cand followup 'Remind partners of escalated links still live past their response time or a legal deadline'
        }
        &'takedown;help;escalate;followup'= {
        }
        &'takedown;help;outbox'= {
            cand list 'List messages: id, kind, case, partner, state, attempts and the last error or reason'
            cand send 'Send queued messages now; exit 1 when some are left waiting or need a decision'
            cand drop 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted'
        }
        &'takedown;help;outbox;list'= {
        }
        &'takedown;help;outbox;send'= {
        }
        &'takedown;help;outbox;drop'= {
        }
        &'takedown;help;mail'= {
            cand password 'Store (or replace) the SMTP password, read from standard input'
        }
        &'takedown;help;mail;password'= {
        }
        &'takedown;help;guide'= {
        }
        &'takedown;help;recheck'= {
        }
        &'takedown;help;cron'= {
        }
        &'takedown;help;schedule'= {
            cand show 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now'
            cand print 'Print a crontab line, and a systemd service and timer, that run `takedown cron`'
            cand install 'Add the cron line to the current user''s crontab, replacing an older one of this data directory (never a second one)'
            cand remove 'Take the cron line out of the current user''s crontab'
        }
        &'takedown;help;schedule;show'= {
        }
        &'takedown;help;schedule;print'= {
        }
        &'takedown;help;schedule;install'= {
        }
        &'takedown;help;schedule;remove'= {
        }
        &'takedown;help;stats'= {
        }
        &'takedown;help;hash'= {
        }
        &'takedown;help;wipe'= {
            cand path 'Destroy files and folders: overwrite, sync, rename at random, unlink'
            cand case 'Destroy a case: its records, its evidence files and its key; then re-key the store'
        }
        &'takedown;help;wipe;path'= {
        }
        &'takedown;help;wipe;case'= {
        }
        &'takedown;help;evidence'= {
            cand add 'Copy files into a case''s encrypted vault and print each one''s id'
            cand list 'List evidence items'
            cand show 'Show an evidence item''s record (logged as `viewed` in the custody log)'
            cand log 'Print a case''s custody log, oldest entry first'
            cand open 'Write an evidence item''s original bytes to a file (logged as `opened`)'
            cand verify 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed'
            cand add-hash 'Record a victim''s hash list (from `takedown hash --export`) on a case, with no images'
            cand capture 'Capture links as evidence: what the server sent, kept as a WARC file in the vault'
            cand timestamp 'Fetch queued trusted timestamps now (RFC 3161)'
            cand strip 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture'
            cand export 'Export a case''s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement'
        }
        &'takedown;help;evidence;add'= {
        }
        &'takedown;help;evidence;list'= {
        }
        &'takedown;help;evidence;show'= {
        }
        &'takedown;help;evidence;log'= {
        }
        &'takedown;help;evidence;open'= {
        }
        &'takedown;help;evidence;verify'= {
        }
        &'takedown;help;evidence;add-hash'= {
        }
        &'takedown;help;evidence;capture'= {
        }
        &'takedown;help;evidence;timestamp'= {
        }
        &'takedown;help;evidence;strip'= {
        }
        &'takedown;help;evidence;export'= {
        }
        &'takedown;help;completions'= {
        }
        &'takedown;help;man'= {
        }
        &'takedown;help;help'= {
        }
    ]
    $completions[$command]
}
