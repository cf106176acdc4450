# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_takedown_global_optspecs
    string join \n home= platforms= config= templates= as= json v/verbose q/quiet color= h/help V/version
end

function __fish_takedown_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_takedown_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_takedown_using_subcommand
    set -l cmd (__fish_takedown_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c takedown -n "__fish_takedown_needs_command" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_needs_command" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_needs_command" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_needs_command" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_needs_command" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_needs_command" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_needs_command" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_needs_command" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_needs_command" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_needs_command" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "init" -d 'Create the encrypted case store and choose where its key lives'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "key" -d 'Manage the store key'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "case" -d 'Open, list, annotate and close cases'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "link" -d 'Track the links a victim sends: each normalised, hashed and matched to its platform'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "platforms" -d 'Read and check what takedown knows about platforms (`platforms.yaml`)'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "report" -d 'Platform-specific takedown reports for a case: what to submit where, and why'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "escalate" -d 'E-mail a case\'s links to the helpline\'s partner contact at each platform'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "outbox" -d 'Queued e-mails: nothing is lost while the SMTP server is down, nothing is sent twice'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "mail" -d 'The mail relay\'s login, kept in the secret store'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "guide" -d 'Self-reporting guide for a victim: safety first, then the exact steps, evidence and help'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "recheck" -d 'Check due links (or all links of open cases); exit 1 when one resurfaced or is past its deadline'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "cron" -d 'Run every unattended job: queued e-mail, due re-checks, due follow-ups, queued timestamps'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "schedule" -d 'Show when links are re-checked; print, install or remove the job that runs `takedown cron`'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "stats" -d 'Anonymous figures: cases opened, links reported, removals, first responses, deadlines met'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "hash" -d 'Hash files (SHA-256, and PDQ for images); export a hash list, or match pictures with the store'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "wipe" -d 'Destroy files, folders or a whole case, beyond what deleting does'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "evidence" -d 'Keep evidence safe: an encrypted vault per case, with a chain-of-custody log'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "man" -d 'Print the manual page (roff)'
complete -c takedown -n "__fish_takedown_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand init" -l key-file -d 'Keep the key in this file instead of the OS keyring (servers and cron)' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand init" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand init" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand init" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand init" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand init" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand init" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand init" -s y -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c takedown -n "__fish_takedown_using_subcommand init" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand init" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand init" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand init" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -f -a "restore" -d 'Put the key back from the recovery code `takedown init` printed (read from stdin)'
complete -c takedown -n "__fish_takedown_using_subcommand key; and not __fish_seen_subcommand_from restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -l key-file -d 'Save the key to this (new) file and use it from now on' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Put the key back from the recovery code `takedown init` printed (read from stdin)'
complete -c takedown -n "__fish_takedown_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "new" -d 'Open a case and print its id'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "list" -d 'List cases'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "show" -d 'Show a case: categories, consents, history and notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "note" -d 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "category" -d 'Add or remove categories of a case, with the time and who did it'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "consent" -d 'Record consent given or withdrawn, with the time'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "close" -d 'Mark a case resolved'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "hold" -d 'Put a case on legal hold: it is kept as it is and cannot be wiped'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "reopen" -d 'Reopen a resolved or held case'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "states" -d 'Print which command runs in which case state (open, resolved, held, wiped), and why not'
complete -c takedown -n "__fish_takedown_using_subcommand case; and not __fish_seen_subcommand_from new list show note category consent close hold reopen states help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -s c -l category -d 'What the case is about (repeat or separate with commas)' -r -f -a "ncii\t''
sextortion\t''
impersonation\t''
harassment\t''
hacked_account\t''
csam\t''
privacy_doxxing\t''
copyright\t''
other\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -s j -l jurisdiction -d 'Jurisdiction code, e.g. `pk`' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l consent -d 'Consent the victim gave, recorded with the time (repeat or separate with commas)' -r -f -a "platforms\t''
partners\t''
law-enforcement\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l minor -d 'The victim is under 18: stricter rules apply (no personal data shared, ever)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -l status -d 'Only cases with this status' -r -f -a "open\t''
resolved\t''
held\t''
wiped\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from note" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l add -d 'Categories to add (repeat or separate with commas)' -r -f -a "ncii\t''
sextortion\t''
impersonation\t''
harassment\t''
hacked_account\t''
csam\t''
privacy_doxxing\t''
copyright\t''
other\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l remove -d 'Categories to remove; a case keeps at least one' -r -f -a "ncii\t''
sextortion\t''
impersonation\t''
harassment\t''
hacked_account\t''
csam\t''
privacy_doxxing\t''
copyright\t''
other\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from category" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l give -d 'Consent given' -r -f -a "platforms\t''
partners\t''
law-enforcement\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l withdraw -d 'Consent withdrawn' -r -f -a "platforms\t''
partners\t''
law-enforcement\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from consent" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from hold" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from reopen" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from states" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "new" -d 'Open a case and print its id'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "list" -d 'List cases'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a case: categories, consents, history and notes'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "note" -d 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "category" -d 'Add or remove categories of a case, with the time and who did it'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "consent" -d 'Record consent given or withdrawn, with the time'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "close" -d 'Mark a case resolved'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "hold" -d 'Put a case on legal hold: it is kept as it is and cannot be wiped'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Reopen a resolved or held case'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "states" -d 'Print which command runs in which case state (open, resolved, held, wiped), and why not'
complete -c takedown -n "__fish_takedown_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -f -a "add" -d 'Add links to a case; `-` reads them from stdin, one per line'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -f -a "import" -d 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -f -a "list" -d 'List links'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -f -a "show" -d 'Show a link, its history, and its last observations with what led to each'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -f -a "set" -d 'Record what was done with a link: status, route, the platform\'s reference number'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -f -a "rm" -d 'Delete a link and its history'
complete -c takedown -n "__fish_takedown_using_subcommand link; and not __fish_seen_subcommand_from add import list show set rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l case -d 'The case the links belong to' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l category -d 'Category of these links when it differs from the case\'s' -r -f -a "ncii\t''
sextortion\t''
impersonation\t''
harassment\t''
hacked_account\t''
csam\t''
privacy_doxxing\t''
copyright\t''
other\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l case -d 'The case the links belong to' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l category -d 'Category of these links when it differs from the case\'s' -r -f -a "ncii\t''
sextortion\t''
impersonation\t''
harassment\t''
hacked_account\t''
csam\t''
privacy_doxxing\t''
copyright\t''
other\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l case -d 'Only links of this case' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l status -d 'Only links with this status' -r -f -a "new\t''
reported\t''
escalated\t''
removed\t''
unavailable\t''
rejected\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l platform -d 'Platform id, e.g. `facebook` (`takedown platforms list` shows them)' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l status -d 'Where the link stands now' -r -f -a "new\t''
reported\t''
escalated\t''
removed\t''
unavailable\t''
rejected\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l route -d 'How it was reported' -r -f -a "in-app\t''
web-form\t''
email\t''
partner\t''
dmca\t''
legal\t''
hotline\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l ref -d 'The platform\'s ticket or reference number (a new one counts as its reply in `stats`)' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l at -d 'When it happened: RFC 3339, or a local `YYYY-MM-DD [HH:MM]` [default: now]' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add links to a case; `-` reads them from stdin, one per line'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "list" -d 'List links'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a link, its history, and its last observations with what led to each'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "set" -d 'Record what was done with a link: status, route, the platform\'s reference number'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a link and its history'
complete -c takedown -n "__fish_takedown_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -f -a "list" -d 'List the platforms, built-in and from --platforms'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -f -a "show" -d 'Show everything known about one platform: hosts, report channels, sources'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -f -a "check" -d 'Check a platforms file; each problem is reported with its line and column (exit 1)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -f -a "whois" -d 'Find the hosting provider\'s abuse contact for a link\'s host (RDAP)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and not __fish_seen_subcommand_from list show check whois help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -l rdap-server -d 'Ask this RDAP server instead of the registry IANA\'s bootstrap file names (a helpline\'s mirror): https, or http to this machine only' -r
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from whois" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the platforms, built-in and from --platforms'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show everything known about one platform: hosts, report channels, sources'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a platforms file; each problem is reported with its line and column (exit 1)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from help" -f -a "whois" -d 'Find the hosting provider\'s abuse contact for a link\'s host (RDAP)'
complete -c takedown -n "__fish_takedown_using_subcommand platforms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand report" -l case -d 'The case whose links to report' -r
complete -c takedown -n "__fish_takedown_using_subcommand report" -l platform -d 'Only this platform\'s links (an id from `takedown platforms list`, or `other`)' -r
complete -c takedown -n "__fish_takedown_using_subcommand report" -l format -r -f -a "text\t'Plain text, to paste into forms'
md\t'Markdown'
html\t'A standalone printable HTML page'
json\t'JSON (reports only)'"
complete -c takedown -n "__fish_takedown_using_subcommand report" -l lang -r -f -a "en\t''
ur\t''"
complete -c takedown -n "__fish_takedown_using_subcommand report" -l out -d 'Write one file per platform into this directory (created 0700; files 0600) instead of printing' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand report" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand report" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand report" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand report" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand report" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand report" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand report" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand report" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand report" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand report" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l case -d 'The case whose links to escalate' -r
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l platform -d 'Only links on this platform' -r
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l partner -d 'This partner (a `name` in partners.yaml) instead of the first that fits' -r
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l attach -d 'Attach this evidence, stripped of its metadata (JPEG, PNG, WebP; repeatable). Never for a minor\'s case' -r
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l lang -d 'Language of the message [default: the partner\'s `language`]' -r -f -a "en\t''
ur\t''"
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l out -d 'Where --dry-run writes its files [default: the current directory]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l yes -d 'Queue without asking (needed without a terminal)'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l dry-run -d 'Write each message as an .eml file (0600) and queue nothing'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -f -a "followup" -d 'Remind partners of escalated links still live past their response time or a legal deadline'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and not __fish_seen_subcommand_from followup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -l dry-run -d 'List the follow-ups that are due and queue nothing'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from followup" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from help" -f -a "followup" -d 'Remind partners of escalated links still live past their response time or a legal deadline'
complete -c takedown -n "__fish_takedown_using_subcommand escalate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -f -a "list" -d 'List messages: id, kind, case, partner, state, attempts and the last error or reason'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -f -a "send" -d 'Send queued messages now; exit 1 when some are left waiting or need a decision'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -f -a "drop" -d 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and not __fish_seen_subcommand_from list send drop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l state -d 'Only messages in this state' -r -f -a "queued\t''
sending\t''
sent\t''
uncertain\t''
failed\t''
withheld\t''
dropped\t''"
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l case -d 'Only messages of this case' -r
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -l resend-uncertain -d 'Send this `uncertain` message again: its body went out and no answer came, so the partner may receive it twice' -r
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l yes -d 'Drop without asking (needed without a terminal)'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'List messages: id, kind, case, partner, state, attempts and the last error or reason'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send queued messages now; exit 1 when some are left waiting or need a decision'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted'
complete -c takedown -n "__fish_takedown_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -f -a "password" -d 'Store (or replace) the SMTP password, read from standard input'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and not __fish_seen_subcommand_from password help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "password" -d 'Store (or replace) the SMTP password, read from standard input'
complete -c takedown -n "__fish_takedown_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l platform -d 'A platform (an id from `takedown platforms list`); repeat it, or separate ids with commas, for one guide covering several' -r
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l category -d 'What happened' -r
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l jurisdiction -d 'Country whose emergency numbers, helplines and authorities to show' -r
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l lang -r -f -a "en\t''
ur\t''"
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l format -d 'The page\'s format; a guide is for people, so there is no JSON' -r -f -a "text\t''
md\t''
html\t''"
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l out -d 'Write the guide to this file (0600) instead of printing it' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l minor -d 'The person harmed (or shown in the images) is under 18: hotlines only'
complete -c takedown -n "__fish_takedown_using_subcommand guide" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand guide" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand guide" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand guide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand guide" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l case -d 'Only links of this case' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l platform -d 'Only links of this platform, e.g. `facebook`' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l concurrency -d 'Requests in flight at once, over all hosts [default: 16]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l per-host -d 'Requests in flight at once to one host [default: 2]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l host-interval -d 'Least time between two requests to one host, e.g. `500ms`, `2s` [default: 1s]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l timeout -d 'Time allowed for one request, e.g. `30s` [default: 30s]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l retries -d 'Further tries after a reset, a timeout, a 429 or a 503 [default: 2]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l proxy -d 'Proxy for every request: http://, https:// or socks5h:// (Tor: socks5h://127.0.0.1:9050)' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l user-agent -d 'User-Agent header sent with every request [default: takedown/VERSION]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l max-body -d 'Bytes read of each page: enough for removal texts and a content hash [default: 1048576]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l confirm-after -d 'Wait before the second fetch that confirms a change (removed, unavailable, resurfaced), e.g. `10s`, at most `10m` [default: 5s]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l max-image -d 'Bytes read of a picture (a link to an image, or a page\'s `og:image`), hashed with PDQ to recognise re-uploads [default: 16777216]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l due -d 'Only links whose next check is due (the default)'
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l all -d 'Every link of open and held cases, due or not'
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l dry-run -d 'List the links this run would check, by id, and fetch none'
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand recheck" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand cron" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand cron" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand cron" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand cron" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand cron" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand cron" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand cron" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand cron" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand cron" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand cron" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand cron" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -f -a "show" -d 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -f -a "print" -d 'Print a crontab line, and a systemd service and timer, that run `takedown cron`'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -f -a "install" -d 'Add the cron line to the current user\'s crontab, replacing an older one of this data directory (never a second one)'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -f -a "remove" -d 'Take the cron line out of the current user\'s crontab'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and not __fish_seen_subcommand_from show print install remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from print" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from install" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "show" -d 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "print" -d 'Print a crontab line, and a systemd service and timer, that run `takedown cron`'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "install" -d 'Add the cron line to the current user\'s crontab, replacing an older one of this data directory (never a second one)'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take the cron line out of the current user\'s crontab'
complete -c takedown -n "__fish_takedown_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l since -d 'First month counted (`2026-01`, or a date in it) [default: five months before --until]' -r
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l until -d 'Last month counted [default: this month]' -r
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l by -d 'Break the figures down by this (repeat or separate with commas) [default: platform]' -r -f -a "platform\t''
category\t''
route\t''
month\t''"
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l period -d 'A series by month, quarter or half-year (implies `--by month`)' -r -f -a "month\t''
quarter\t''
half\t''"
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l min-count -d 'Suppress cells resting on fewer cases than this' -r
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l chart -d 'Also draw charts to FILE: `.svg` or `.png`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l html -d 'Also write one self-contained HTML page (tables and charts inline) to FILE' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l lang -d 'Language of the HTML page and of an SVG chart (a PNG chart stays in English); Urdu is right to left' -r -f -a "en\t''
ur\t''"
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l internal -d 'Exact small numbers for staff; every output is marked "internal: not for publication"'
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l csv -d 'Comma-separated values for spreadsheets'
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l md -d 'A Markdown report'
complete -c takedown -n "__fish_takedown_using_subcommand stats" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand stats" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand stats" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand stats" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l max-pixels -d 'Largest image, in pixels, that is decoded (a guard against decompression bombs)' -r
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l export -d 'Write a hash list (CSV: sha256,pdq,quality) to FILE (`-`: stdout) instead of the table. It holds no file names unless `--with-paths` is given, and no picture: it can be made on the victim\'s own computer and given to a helpline (`evidence add-hash` reads it)' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l against -d 'Like `--match`, against one case\'s pictures only' -r
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l threshold -d 'Largest Hamming distance (of 256 bits) that counts as a match [default: 31, Meta\'s recommendation, or `matching.threshold` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l with-paths -d 'Add each file\'s path to the hash list (names can say who is in a picture)'
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l match -d 'Compare each picture (and its mirrored and rotated variants) with every picture in the store: links\' last live pictures, evidence and hash records. Exit 1 when something is within the threshold'
complete -c takedown -n "__fish_takedown_using_subcommand hash" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand hash" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand hash" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand hash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand hash" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -f -a "path" -d 'Destroy files and folders: overwrite, sync, rename at random, unlink'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -f -a "case" -d 'Destroy a case: its records, its evidence files and its key; then re-key the store'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and not __fish_seen_subcommand_from path case help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l passes -d 'Overwrite passes with random bytes [default: `wipe.passes` in config.yaml, or 1]' -r
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l allow-store -d 'Allow destroying a takedown home (any folder with a home.json), a store key file or the SMTP password file beside it (every case of that home, for good)'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -s y -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -s y -l yes -d 'Go ahead without asking (needed when there is no terminal)'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from case" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from help" -f -a "path" -d 'Destroy files and folders: overwrite, sync, rename at random, unlink'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from help" -f -a "case" -d 'Destroy a case: its records, its evidence files and its key; then re-key the store'
complete -c takedown -n "__fish_takedown_using_subcommand wipe; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "add" -d 'Copy files into a case\'s encrypted vault and print each one\'s id'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "list" -d 'List evidence items'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "show" -d 'Show an evidence item\'s record (logged as `viewed` in the custody log)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "log" -d 'Print a case\'s custody log, oldest entry first'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "open" -d 'Write an evidence item\'s original bytes to a file (logged as `opened`)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "verify" -d 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "add-hash" -d 'Record a victim\'s hash list (from `takedown hash --export`) on a case, with no images'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "capture" -d 'Capture links as evidence: what the server sent, kept as a WARC file in the vault'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "timestamp" -d 'Fetch queued trusted timestamps now (RFC 3161)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "strip" -d 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "export" -d 'Export a case\'s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and not __fish_seen_subcommand_from add list show log open verify add-hash capture timestamp strip export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l case -d 'The case the evidence belongs to' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l files -d 'Read the names of the files to add from LIST (`-`: stdin), one per line or NUL-separated (`find -print0`)' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l source-url -d 'Where the files were found; `-` reads it from stdin, keeping it out of the process list' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l source-url-file -d 'Read the source URL from this file instead' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l captured-at -d 'When it was captured: RFC 3339 (`2026-11-20T14:30:00Z`) or local `2026-11-20 14:30`' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l move -d 'Securely remove each original once its vault copy is verified (read back, decrypted, compared by SHA-256); overwrite passes from `wipe.passes`'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l follow-symlinks -d 'With --move, a symlink given as a file: destroy the file it names, then the link (without this flag such a link is refused)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l strip -d 'Also store a working copy of each JPEG, PNG or WebP with its metadata stripped, linked to the untouched original'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -l case -d 'Only evidence of this case' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -l case -d 'The case whose log to print' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -l out -d 'Where to write it (`-` for stdout); an existing file is never overwritten' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -l case -d 'Only this case' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -l case -d 'The case the hashes belong to' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from add-hash" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l case -d 'Capture every link of this case that is not removed' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l with-media -d 'Keep the main picture\'s bytes in the WARC too (refused in a `csam` case and in a minor\'s case of a sexual category, as `evidence add` refuses pictures there)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from capture" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from timestamp" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -l out -d 'Where to write the clean copy' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from strip" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l case -d 'The case to export' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l bagit -d 'Where to write the bag: a new directory, or with --encrypt-to a new encrypted archive' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l encrypt-to -d 'Write the bag only as a tar archive encrypted to this age X25519 recipient (`age1…`), so no plaintext copy is written' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "add" -d 'Copy files into a case\'s encrypted vault and print each one\'s id'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "list" -d 'List evidence items'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an evidence item\'s record (logged as `viewed` in the custody log)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "log" -d 'Print a case\'s custody log, oldest entry first'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "open" -d 'Write an evidence item\'s original bytes to a file (logged as `opened`)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "add-hash" -d 'Record a victim\'s hash list (from `takedown hash --export`) on a case, with no images'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "capture" -d 'Capture links as evidence: what the server sent, kept as a WARC file in the vault'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "timestamp" -d 'Fetch queued trusted timestamps now (RFC 3161)'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "strip" -d 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a case\'s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement'
complete -c takedown -n "__fish_takedown_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand completions" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand completions" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand completions" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand completions" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand completions" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand completions" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand completions" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand completions" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand completions" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand completions" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand man" -l home -d 'Data directory: the encrypted case store [default: the platform\'s data dir, e.g. ~/.local/share/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand man" -l platforms -d 'A platforms file merged over the built-in one by platform `id`' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand man" -l config -d 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand man" -l templates -d 'Template overrides: files at the built-in templates\' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]' -r -F
complete -c takedown -n "__fish_takedown_using_subcommand man" -l as -d 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]' -r
complete -c takedown -n "__fish_takedown_using_subcommand man" -l color -d 'When to colour stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c takedown -n "__fish_takedown_using_subcommand man" -l json -d 'Print data as JSON (JSON Lines for lists)'
complete -c takedown -n "__fish_takedown_using_subcommand man" -s v -l verbose -d 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes'
complete -c takedown -n "__fish_takedown_using_subcommand man" -s q -l quiet -d 'Only data and errors; no notes or progress'
complete -c takedown -n "__fish_takedown_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c takedown -n "__fish_takedown_using_subcommand man" -s V -l version -d 'Print version'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "init" -d 'Create the encrypted case store and choose where its key lives'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "key" -d 'Manage the store key'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "case" -d 'Open, list, annotate and close cases'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "link" -d 'Track the links a victim sends: each normalised, hashed and matched to its platform'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "platforms" -d 'Read and check what takedown knows about platforms (`platforms.yaml`)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "report" -d 'Platform-specific takedown reports for a case: what to submit where, and why'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "escalate" -d 'E-mail a case\'s links to the helpline\'s partner contact at each platform'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "outbox" -d 'Queued e-mails: nothing is lost while the SMTP server is down, nothing is sent twice'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "mail" -d 'The mail relay\'s login, kept in the secret store'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "guide" -d 'Self-reporting guide for a victim: safety first, then the exact steps, evidence and help'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "recheck" -d 'Check due links (or all links of open cases); exit 1 when one resurfaced or is past its deadline'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "cron" -d 'Run every unattended job: queued e-mail, due re-checks, due follow-ups, queued timestamps'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "schedule" -d 'Show when links are re-checked; print, install or remove the job that runs `takedown cron`'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "stats" -d 'Anonymous figures: cases opened, links reported, removals, first responses, deadlines met'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "hash" -d 'Hash files (SHA-256, and PDQ for images); export a hash list, or match pictures with the store'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "wipe" -d 'Destroy files, folders or a whole case, beyond what deleting does'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "evidence" -d 'Keep evidence safe: an encrypted vault per case, with a chain-of-custody log'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "man" -d 'Print the manual page (roff)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and not __fish_seen_subcommand_from init key case link platforms report escalate outbox mail guide recheck cron schedule stats hash wipe evidence completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "restore" -d 'Put the key back from the recovery code `takedown init` printed (read from stdin)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "new" -d 'Open a case and print its id'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "list" -d 'List cases'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "show" -d 'Show a case: categories, consents, history and notes'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "note" -d 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "category" -d 'Add or remove categories of a case, with the time and who did it'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "consent" -d 'Record consent given or withdrawn, with the time'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "close" -d 'Mark a case resolved'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "hold" -d 'Put a case on legal hold: it is kept as it is and cannot be wiped'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "reopen" -d 'Reopen a resolved or held case'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "states" -d 'Print which command runs in which case state (open, resolved, held, wiped), and why not'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "add" -d 'Add links to a case; `-` reads them from stdin, one per line'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "import" -d 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "list" -d 'List links'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "show" -d 'Show a link, its history, and its last observations with what led to each'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "set" -d 'Record what was done with a link: status, route, the platform\'s reference number'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "rm" -d 'Delete a link and its history'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from platforms" -f -a "list" -d 'List the platforms, built-in and from --platforms'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from platforms" -f -a "show" -d 'Show everything known about one platform: hosts, report channels, sources'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from platforms" -f -a "check" -d 'Check a platforms file; each problem is reported with its line and column (exit 1)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from platforms" -f -a "whois" -d 'Find the hosting provider\'s abuse contact for a link\'s host (RDAP)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from escalate" -f -a "followup" -d 'Remind partners of escalated links still live past their response time or a legal deadline'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'List messages: id, kind, case, partner, state, attempts and the last error or reason'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "send" -d 'Send queued messages now; exit 1 when some are left waiting or need a decision'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "drop" -d 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "password" -d 'Store (or replace) the SMTP password, read from standard input'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "show" -d 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "print" -d 'Print a crontab line, and a systemd service and timer, that run `takedown cron`'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "install" -d 'Add the cron line to the current user\'s crontab, replacing an older one of this data directory (never a second one)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "remove" -d 'Take the cron line out of the current user\'s crontab'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from wipe" -f -a "path" -d 'Destroy files and folders: overwrite, sync, rename at random, unlink'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from wipe" -f -a "case" -d 'Destroy a case: its records, its evidence files and its key; then re-key the store'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "add" -d 'Copy files into a case\'s encrypted vault and print each one\'s id'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "list" -d 'List evidence items'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "show" -d 'Show an evidence item\'s record (logged as `viewed` in the custody log)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "log" -d 'Print a case\'s custody log, oldest entry first'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "open" -d 'Write an evidence item\'s original bytes to a file (logged as `opened`)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "verify" -d 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "add-hash" -d 'Record a victim\'s hash list (from `takedown hash --export`) on a case, with no images'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "capture" -d 'Capture links as evidence: what the server sent, kept as a WARC file in the vault'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "timestamp" -d 'Fetch queued trusted timestamps now (RFC 3161)'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "strip" -d 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture'
complete -c takedown -n "__fish_takedown_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "export" -d 'Export a case\'s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement'
