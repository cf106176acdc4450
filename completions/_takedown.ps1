
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'takedown' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'takedown'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'takedown' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the encrypted case store and choose where its key lives')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage the store key')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Open, list, annotate and close cases')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Track the links a victim sends: each normalised, hashed and matched to its platform')
            [CompletionResult]::new('platforms', 'platforms', [CompletionResultType]::ParameterValue, 'Read and check what takedown knows about platforms (`platforms.yaml`)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Platform-specific takedown reports for a case: what to submit where, and why')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'E-mail a case''s links to the helpline''s partner contact at each platform')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Queued e-mails: nothing is lost while the SMTP server is down, nothing is sent twice')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'The mail relay''s login, kept in the secret store')
            [CompletionResult]::new('guide', 'guide', [CompletionResultType]::ParameterValue, 'Self-reporting guide for a victim: safety first, then the exact steps, evidence and help')
            [CompletionResult]::new('recheck', 'recheck', [CompletionResultType]::ParameterValue, 'Check due links (or all links of open cases); exit 1 when one resurfaced or is past its deadline')
            [CompletionResult]::new('cron', 'cron', [CompletionResultType]::ParameterValue, 'Run every unattended job: queued e-mail, due re-checks, due follow-ups, queued timestamps')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Show when links are re-checked; print, install or remove the job that runs `takedown cron`')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Anonymous figures: cases opened, links reported, removals, first responses, deadlines met')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Hash files (SHA-256, and PDQ for images); export a hash list, or match pictures with the store')
            [CompletionResult]::new('wipe', 'wipe', [CompletionResultType]::ParameterValue, 'Destroy files, folders or a whole case, beyond what deleting does')
            [CompletionResult]::new('evidence', 'evidence', [CompletionResultType]::ParameterValue, 'Keep evidence safe: an encrypted vault per case, with a chain-of-custody log')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;init' {
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Keep the key in this file instead of the OS keyring (servers and cron)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;key' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put the key back from the recovery code `takedown init` printed (read from stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;key;restore' {
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Save the key to this (new) file and use it from now on')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;key;help' {
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put the key back from the recovery code `takedown init` printed (read from stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;key;help;restore' {
            break
        }
        'takedown;key;help;help' {
            break
        }
        'takedown;case' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a case and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case: categories, consents, history and notes')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'Add or remove categories of a case, with the time and who did it')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record consent given or withdrawn, with the time')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark a case resolved')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a case on legal hold: it is kept as it is and cannot be wiped')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or held case')
            [CompletionResult]::new('states', 'states', [CompletionResultType]::ParameterValue, 'Print which command runs in which case state (open, resolved, held, wiped), and why not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;case;new' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'What the case is about (repeat or separate with commas)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'What the case is about (repeat or separate with commas)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Jurisdiction code, e.g. `pk`')
            [CompletionResult]::new('--jurisdiction', '--jurisdiction', [CompletionResultType]::ParameterName, 'Jurisdiction code, e.g. `pk`')
            [CompletionResult]::new('--consent', '--consent', [CompletionResultType]::ParameterName, 'Consent the victim gave, recorded with the time (repeat or separate with commas)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--minor', '--minor', [CompletionResultType]::ParameterName, 'The victim is under 18: stricter rules apply (no personal data shared, ever)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only cases with this status')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;note' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;category' {
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Categories to add (repeat or separate with commas)')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Categories to remove; a case keeps at least one')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;consent' {
            [CompletionResult]::new('--give', '--give', [CompletionResultType]::ParameterName, 'Consent given')
            [CompletionResult]::new('--withdraw', '--withdraw', [CompletionResultType]::ParameterName, 'Consent withdrawn')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;close' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;hold' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;reopen' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;states' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;case;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a case and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case: categories, consents, history and notes')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'Add or remove categories of a case, with the time and who did it')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record consent given or withdrawn, with the time')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark a case resolved')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a case on legal hold: it is kept as it is and cannot be wiped')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or held case')
            [CompletionResult]::new('states', 'states', [CompletionResultType]::ParameterValue, 'Print which command runs in which case state (open, resolved, held, wiped), and why not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;case;help;new' {
            break
        }
        'takedown;case;help;list' {
            break
        }
        'takedown;case;help;show' {
            break
        }
        'takedown;case;help;note' {
            break
        }
        'takedown;case;help;category' {
            break
        }
        'takedown;case;help;consent' {
            break
        }
        'takedown;case;help;close' {
            break
        }
        'takedown;case;help;hold' {
            break
        }
        'takedown;case;help;reopen' {
            break
        }
        'takedown;case;help;states' {
            break
        }
        'takedown;case;help;help' {
            break
        }
        'takedown;link' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add links to a case; `-` reads them from stdin, one per line')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List links')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a link, its history, and its last observations with what led to each')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record what was done with a link: status, route, the platform''s reference number')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a link and its history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;link;add' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The case the links belong to')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category of these links when it differs from the case''s')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;link;import' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The case the links belong to')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category of these links when it differs from the case''s')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;link;list' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only links of this case')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only links with this status')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform id, e.g. `facebook` (`takedown platforms list` shows them)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;link;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;link;set' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Where the link stands now')
            [CompletionResult]::new('--route', '--route', [CompletionResultType]::ParameterName, 'How it was reported')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'The platform''s ticket or reference number (a new one counts as its reply in `stats`)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened: RFC 3339, or a local `YYYY-MM-DD [HH:MM]` [default: now]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;link;rm' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;link;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add links to a case; `-` reads them from stdin, one per line')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List links')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a link, its history, and its last observations with what led to each')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record what was done with a link: status, route, the platform''s reference number')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a link and its history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;link;help;add' {
            break
        }
        'takedown;link;help;import' {
            break
        }
        'takedown;link;help;list' {
            break
        }
        'takedown;link;help;show' {
            break
        }
        'takedown;link;help;set' {
            break
        }
        'takedown;link;help;rm' {
            break
        }
        'takedown;link;help;help' {
            break
        }
        'takedown;platforms' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the platforms, built-in and from --platforms')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything known about one platform: hosts, report channels, sources')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a platforms file; each problem is reported with its line and column (exit 1)')
            [CompletionResult]::new('whois', 'whois', [CompletionResultType]::ParameterValue, 'Find the hosting provider''s abuse contact for a link''s host (RDAP)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;platforms;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;platforms;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;platforms;check' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;platforms;whois' {
            [CompletionResult]::new('--rdap-server', '--rdap-server', [CompletionResultType]::ParameterName, 'Ask this RDAP server instead of the registry IANA''s bootstrap file names (a helpline''s mirror): https, or http to this machine only')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;platforms;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the platforms, built-in and from --platforms')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything known about one platform: hosts, report channels, sources')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a platforms file; each problem is reported with its line and column (exit 1)')
            [CompletionResult]::new('whois', 'whois', [CompletionResultType]::ParameterValue, 'Find the hosting provider''s abuse contact for a link''s host (RDAP)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;platforms;help;list' {
            break
        }
        'takedown;platforms;help;show' {
            break
        }
        'takedown;platforms;help;check' {
            break
        }
        'takedown;platforms;help;whois' {
            break
        }
        'takedown;platforms;help;help' {
            break
        }
        'takedown;report' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The case whose links to report')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only this platform''s links (an id from `takedown platforms list`, or `other`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'lang')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one file per platform into this directory (created 0700; files 0600) instead of printing')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;escalate' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The case whose links to escalate')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only links on this platform')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'This partner (a `name` in partners.yaml) instead of the first that fits')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach this evidence, stripped of its metadata (JPEG, PNG, WebP; repeatable). Never for a minor''s case')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the message [default: the partner''s `language`]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where --dry-run writes its files [default: the current directory]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Queue without asking (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write each message as an .eml file (0600) and queue nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('followup', 'followup', [CompletionResultType]::ParameterValue, 'Remind partners of escalated links still live past their response time or a legal deadline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;escalate;followup' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the follow-ups that are due and queue nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;escalate;help' {
            [CompletionResult]::new('followup', 'followup', [CompletionResultType]::ParameterValue, 'Remind partners of escalated links still live past their response time or a legal deadline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;escalate;help;followup' {
            break
        }
        'takedown;escalate;help;help' {
            break
        }
        'takedown;outbox' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List messages: id, kind, case, partner, state, attempts and the last error or reason')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send queued messages now; exit 1 when some are left waiting or need a decision')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;outbox;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only messages in this state')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only messages of this case')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;outbox;send' {
            [CompletionResult]::new('--resend-uncertain', '--resend-uncertain', [CompletionResultType]::ParameterName, 'Send this `uncertain` message again: its body went out and no answer came, so the partner may receive it twice')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;outbox;drop' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Drop without asking (needed without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List messages: id, kind, case, partner, state, attempts and the last error or reason')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send queued messages now; exit 1 when some are left waiting or need a decision')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;outbox;help;list' {
            break
        }
        'takedown;outbox;help;send' {
            break
        }
        'takedown;outbox;help;drop' {
            break
        }
        'takedown;outbox;help;help' {
            break
        }
        'takedown;mail' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Store (or replace) the SMTP password, read from standard input')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;mail;password' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;mail;help' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Store (or replace) the SMTP password, read from standard input')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;mail;help;password' {
            break
        }
        'takedown;mail;help;help' {
            break
        }
        'takedown;guide' {
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'A platform (an id from `takedown platforms list`); repeat it, or separate ids with commas, for one guide covering several')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'What happened')
            [CompletionResult]::new('--jurisdiction', '--jurisdiction', [CompletionResultType]::ParameterName, 'Country whose emergency numbers, helplines and authorities to show')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'lang')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The page''s format; a guide is for people, so there is no JSON')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the guide to this file (0600) instead of printing it')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--minor', '--minor', [CompletionResultType]::ParameterName, 'The person harmed (or shown in the images) is under 18: hotlines only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;recheck' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only links of this case')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only links of this platform, e.g. `facebook`')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, over all hosts [default: 16]')
            [CompletionResult]::new('--per-host', '--per-host', [CompletionResultType]::ParameterName, 'Requests in flight at once to one host [default: 2]')
            [CompletionResult]::new('--host-interval', '--host-interval', [CompletionResultType]::ParameterName, 'Least time between two requests to one host, e.g. `500ms`, `2s` [default: 1s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time allowed for one request, e.g. `30s` [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further tries after a reset, a timeout, a 429 or a 503 [default: 2]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Proxy for every request: http://, https:// or socks5h:// (Tor: socks5h://127.0.0.1:9050)')
            [CompletionResult]::new('--user-agent', '--user-agent', [CompletionResultType]::ParameterName, 'User-Agent header sent with every request [default: takedown/VERSION]')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Bytes read of each page: enough for removal texts and a content hash [default: 1048576]')
            [CompletionResult]::new('--confirm-after', '--confirm-after', [CompletionResultType]::ParameterName, 'Wait before the second fetch that confirms a change (removed, unavailable, resurfaced), e.g. `10s`, at most `10m` [default: 5s]')
            [CompletionResult]::new('--max-image', '--max-image', [CompletionResultType]::ParameterName, 'Bytes read of a picture (a link to an image, or a page''s `og:image`), hashed with PDQ to recognise re-uploads [default: 16777216]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Only links whose next check is due (the default)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every link of open and held cases, due or not')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the links this run would check, by id, and fetch none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;cron' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;schedule' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print a crontab line, and a systemd service and timer, that run `takedown cron`')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Add the cron line to the current user''s crontab, replacing an older one of this data directory (never a second one)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take the cron line out of the current user''s crontab')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;schedule;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;schedule;print' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;schedule;install' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;schedule;remove' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;schedule;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print a crontab line, and a systemd service and timer, that run `takedown cron`')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Add the cron line to the current user''s crontab, replacing an older one of this data directory (never a second one)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take the cron line out of the current user''s crontab')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;schedule;help;show' {
            break
        }
        'takedown;schedule;help;print' {
            break
        }
        'takedown;schedule;help;install' {
            break
        }
        'takedown;schedule;help;remove' {
            break
        }
        'takedown;schedule;help;help' {
            break
        }
        'takedown;stats' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'First month counted (`2026-01`, or a date in it) [default: five months before --until]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last month counted [default: this month]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Break the figures down by this (repeat or separate with commas) [default: platform]')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A series by month, quarter or half-year (implies `--by month`)')
            [CompletionResult]::new('--min-count', '--min-count', [CompletionResultType]::ParameterName, 'Suppress cells resting on fewer cases than this')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw charts to FILE: `.svg` or `.png`')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Also write one self-contained HTML page (tables and charts inline) to FILE')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the HTML page and of an SVG chart (a PNG chart stays in English); Urdu is right to left')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Exact small numbers for staff; every output is marked "internal: not for publication"')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Comma-separated values for spreadsheets')
            [CompletionResult]::new('--md', '--md', [CompletionResultType]::ParameterName, 'A Markdown report')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;hash' {
            [CompletionResult]::new('--max-pixels', '--max-pixels', [CompletionResultType]::ParameterName, 'Largest image, in pixels, that is decoded (a guard against decompression bombs)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Write a hash list (CSV: sha256,pdq,quality) to FILE (`-`: stdout) instead of the table. It holds no file names unless `--with-paths` is given, and no picture: it can be made on the victim''s own computer and given to a helpline (`evidence add-hash` reads it)')
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Like `--match`, against one case''s pictures only')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'Largest Hamming distance (of 256 bits) that counts as a match [default: 31, Meta''s recommendation, or `matching.threshold` in config.yaml]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--with-paths', '--with-paths', [CompletionResultType]::ParameterName, 'Add each file''s path to the hash list (names can say who is in a picture)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Compare each picture (and its mirrored and rotated variants) with every picture in the store: links'' last live pictures, evidence and hash records. Exit 1 when something is within the threshold')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;wipe' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Destroy files and folders: overwrite, sync, rename at random, unlink')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Destroy a case: its records, its evidence files and its key; then re-key the store')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;wipe;path' {
            [CompletionResult]::new('--passes', '--passes', [CompletionResultType]::ParameterName, 'Overwrite passes with random bytes [default: `wipe.passes` in config.yaml, or 1]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--allow-store', '--allow-store', [CompletionResultType]::ParameterName, 'Allow destroying a takedown home (any folder with a home.json), a store key file or the SMTP password file beside it (every case of that home, for good)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;wipe;case' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking (needed when there is no terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;wipe;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Destroy files and folders: overwrite, sync, rename at random, unlink')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Destroy a case: its records, its evidence files and its key; then re-key the store')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;wipe;help;path' {
            break
        }
        'takedown;wipe;help;case' {
            break
        }
        'takedown;wipe;help;help' {
            break
        }
        'takedown;evidence' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Copy files into a case''s encrypted vault and print each one''s id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List evidence items')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an evidence item''s record (logged as `viewed` in the custody log)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Print a case''s custody log, oldest entry first')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Write an evidence item''s original bytes to a file (logged as `opened`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed')
            [CompletionResult]::new('add-hash', 'add-hash', [CompletionResultType]::ParameterValue, 'Record a victim''s hash list (from `takedown hash --export`) on a case, with no images')
            [CompletionResult]::new('capture', 'capture', [CompletionResultType]::ParameterValue, 'Capture links as evidence: what the server sent, kept as a WARC file in the vault')
            [CompletionResult]::new('timestamp', 'timestamp', [CompletionResultType]::ParameterValue, 'Fetch queued trusted timestamps now (RFC 3161)')
            [CompletionResult]::new('strip', 'strip', [CompletionResultType]::ParameterValue, 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a case''s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;evidence;add' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The case the evidence belongs to')
            [CompletionResult]::new('--files', '--files', [CompletionResultType]::ParameterName, 'Read the names of the files to add from LIST (`-`: stdin), one per line or NUL-separated (`find -print0`)')
            [CompletionResult]::new('--source-url', '--source-url', [CompletionResultType]::ParameterName, 'Where the files were found; `-` reads it from stdin, keeping it out of the process list')
            [CompletionResult]::new('--source-url-file', '--source-url-file', [CompletionResultType]::ParameterName, 'Read the source URL from this file instead')
            [CompletionResult]::new('--captured-at', '--captured-at', [CompletionResultType]::ParameterName, 'When it was captured: RFC 3339 (`2026-11-20T14:30:00Z`) or local `2026-11-20 14:30`')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--move', '--move', [CompletionResultType]::ParameterName, 'Securely remove each original once its vault copy is verified (read back, decrypted, compared by SHA-256); overwrite passes from `wipe.passes`')
            [CompletionResult]::new('--follow-symlinks', '--follow-symlinks', [CompletionResultType]::ParameterName, 'With --move, a symlink given as a file: destroy the file it names, then the link (without this flag such a link is refused)')
            [CompletionResult]::new('--strip', '--strip', [CompletionResultType]::ParameterName, 'Also store a working copy of each JPEG, PNG or WebP with its metadata stripped, linked to the untouched original')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;list' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only evidence of this case')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;log' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The case whose log to print')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;open' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write it (`-` for stdout); an existing file is never overwritten')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;verify' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only this case')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;add-hash' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The case the hashes belong to')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;capture' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Capture every link of this case that is not removed')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--with-media', '--with-media', [CompletionResultType]::ParameterName, 'Keep the main picture''s bytes in the WARC too (refused in a `csam` case and in a minor''s case of a sexual category, as `evidence add` refuses pictures there)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;timestamp' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;strip' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the clean copy')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;export' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The case to export')
            [CompletionResult]::new('--bagit', '--bagit', [CompletionResultType]::ParameterName, 'Where to write the bag: a new directory, or with --encrypt-to a new encrypted archive')
            [CompletionResult]::new('--encrypt-to', '--encrypt-to', [CompletionResultType]::ParameterName, 'Write the bag only as a tar archive encrypted to this age X25519 recipient (`age1…`), so no plaintext copy is written')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;evidence;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Copy files into a case''s encrypted vault and print each one''s id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List evidence items')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an evidence item''s record (logged as `viewed` in the custody log)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Print a case''s custody log, oldest entry first')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Write an evidence item''s original bytes to a file (logged as `opened`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed')
            [CompletionResult]::new('add-hash', 'add-hash', [CompletionResultType]::ParameterValue, 'Record a victim''s hash list (from `takedown hash --export`) on a case, with no images')
            [CompletionResult]::new('capture', 'capture', [CompletionResultType]::ParameterValue, 'Capture links as evidence: what the server sent, kept as a WARC file in the vault')
            [CompletionResult]::new('timestamp', 'timestamp', [CompletionResultType]::ParameterValue, 'Fetch queued trusted timestamps now (RFC 3161)')
            [CompletionResult]::new('strip', 'strip', [CompletionResultType]::ParameterValue, 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a case''s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;evidence;help;add' {
            break
        }
        'takedown;evidence;help;list' {
            break
        }
        'takedown;evidence;help;show' {
            break
        }
        'takedown;evidence;help;log' {
            break
        }
        'takedown;evidence;help;open' {
            break
        }
        'takedown;evidence;help;verify' {
            break
        }
        'takedown;evidence;help;add-hash' {
            break
        }
        'takedown;evidence;help;capture' {
            break
        }
        'takedown;evidence;help;timestamp' {
            break
        }
        'takedown;evidence;help;strip' {
            break
        }
        'takedown;evidence;help;export' {
            break
        }
        'takedown;evidence;help;help' {
            break
        }
        'takedown;completions' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;man' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Data directory: the encrypted case store [default: the platform''s data dir, e.g. ~/.local/share/takedown]')
            [CompletionResult]::new('--platforms', '--platforms', [CompletionResultType]::ParameterName, 'A platforms file merged over the built-in one by platform `id`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Template overrides: files at the built-in templates'' paths, e.g. `mail/alert.txt.j2` [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Your staff handle (initials such as `AK`), recorded with every action [default: `handle` in config.yaml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (JSON Lines for lists)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (-vv for trace); logs carry ids, never URLs or notes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no notes or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'takedown;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the encrypted case store and choose where its key lives')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage the store key')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Open, list, annotate and close cases')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Track the links a victim sends: each normalised, hashed and matched to its platform')
            [CompletionResult]::new('platforms', 'platforms', [CompletionResultType]::ParameterValue, 'Read and check what takedown knows about platforms (`platforms.yaml`)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Platform-specific takedown reports for a case: what to submit where, and why')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'E-mail a case''s links to the helpline''s partner contact at each platform')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Queued e-mails: nothing is lost while the SMTP server is down, nothing is sent twice')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'The mail relay''s login, kept in the secret store')
            [CompletionResult]::new('guide', 'guide', [CompletionResultType]::ParameterValue, 'Self-reporting guide for a victim: safety first, then the exact steps, evidence and help')
            [CompletionResult]::new('recheck', 'recheck', [CompletionResultType]::ParameterValue, 'Check due links (or all links of open cases); exit 1 when one resurfaced or is past its deadline')
            [CompletionResult]::new('cron', 'cron', [CompletionResultType]::ParameterValue, 'Run every unattended job: queued e-mail, due re-checks, due follow-ups, queued timestamps')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Show when links are re-checked; print, install or remove the job that runs `takedown cron`')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Anonymous figures: cases opened, links reported, removals, first responses, deadlines met')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Hash files (SHA-256, and PDQ for images); export a hash list, or match pictures with the store')
            [CompletionResult]::new('wipe', 'wipe', [CompletionResultType]::ParameterValue, 'Destroy files, folders or a whole case, beyond what deleting does')
            [CompletionResult]::new('evidence', 'evidence', [CompletionResultType]::ParameterValue, 'Keep evidence safe: an encrypted vault per case, with a chain-of-custody log')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'takedown;help;init' {
            break
        }
        'takedown;help;key' {
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put the key back from the recovery code `takedown init` printed (read from stdin)')
            break
        }
        'takedown;help;key;restore' {
            break
        }
        'takedown;help;case' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a case and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case: categories, consents, history and notes')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'Add or remove categories of a case, with the time and who did it')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record consent given or withdrawn, with the time')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark a case resolved')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a case on legal hold: it is kept as it is and cannot be wiped')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or held case')
            [CompletionResult]::new('states', 'states', [CompletionResultType]::ParameterValue, 'Print which command runs in which case state (open, resolved, held, wiped), and why not')
            break
        }
        'takedown;help;case;new' {
            break
        }
        'takedown;help;case;list' {
            break
        }
        'takedown;help;case;show' {
            break
        }
        'takedown;help;case;note' {
            break
        }
        'takedown;help;case;category' {
            break
        }
        'takedown;help;case;consent' {
            break
        }
        'takedown;help;case;close' {
            break
        }
        'takedown;help;case;hold' {
            break
        }
        'takedown;help;case;reopen' {
            break
        }
        'takedown;help;case;states' {
            break
        }
        'takedown;help;link' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add links to a case; `-` reads them from stdin, one per line')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add the links listed in a file, one per line (blank lines and `#` comments skipped)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List links')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a link, its history, and its last observations with what led to each')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record what was done with a link: status, route, the platform''s reference number')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a link and its history')
            break
        }
        'takedown;help;link;add' {
            break
        }
        'takedown;help;link;import' {
            break
        }
        'takedown;help;link;list' {
            break
        }
        'takedown;help;link;show' {
            break
        }
        'takedown;help;link;set' {
            break
        }
        'takedown;help;link;rm' {
            break
        }
        'takedown;help;platforms' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the platforms, built-in and from --platforms')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show everything known about one platform: hosts, report channels, sources')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a platforms file; each problem is reported with its line and column (exit 1)')
            [CompletionResult]::new('whois', 'whois', [CompletionResultType]::ParameterValue, 'Find the hosting provider''s abuse contact for a link''s host (RDAP)')
            break
        }
        'takedown;help;platforms;list' {
            break
        }
        'takedown;help;platforms;show' {
            break
        }
        'takedown;help;platforms;check' {
            break
        }
        'takedown;help;platforms;whois' {
            break
        }
        'takedown;help;report' {
            break
        }
        'takedown;help;escalate' {
            [CompletionResult]::new('followup', 'followup', [CompletionResultType]::ParameterValue, 'Remind partners of escalated links still live past their response time or a legal deadline')
            break
        }
        'takedown;help;escalate;followup' {
            break
        }
        'takedown;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List messages: id, kind, case, partner, state, attempts and the last error or reason')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send queued messages now; exit 1 when some are left waiting or need a decision')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and its text is deleted')
            break
        }
        'takedown;help;outbox;list' {
            break
        }
        'takedown;help;outbox;send' {
            break
        }
        'takedown;help;outbox;drop' {
            break
        }
        'takedown;help;mail' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Store (or replace) the SMTP password, read from standard input')
            break
        }
        'takedown;help;mail;password' {
            break
        }
        'takedown;help;guide' {
            break
        }
        'takedown;help;recheck' {
            break
        }
        'takedown;help;cron' {
            break
        }
        'takedown;help;schedule' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the upcoming checks, soonest first; warn when the installed cron line is not the one `schedule print` writes now')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print a crontab line, and a systemd service and timer, that run `takedown cron`')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Add the cron line to the current user''s crontab, replacing an older one of this data directory (never a second one)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take the cron line out of the current user''s crontab')
            break
        }
        'takedown;help;schedule;show' {
            break
        }
        'takedown;help;schedule;print' {
            break
        }
        'takedown;help;schedule;install' {
            break
        }
        'takedown;help;schedule;remove' {
            break
        }
        'takedown;help;stats' {
            break
        }
        'takedown;help;hash' {
            break
        }
        'takedown;help;wipe' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Destroy files and folders: overwrite, sync, rename at random, unlink')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Destroy a case: its records, its evidence files and its key; then re-key the store')
            break
        }
        'takedown;help;wipe;path' {
            break
        }
        'takedown;help;wipe;case' {
            break
        }
        'takedown;help;evidence' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Copy files into a case''s encrypted vault and print each one''s id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List evidence items')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an evidence item''s record (logged as `viewed` in the custody log)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Print a case''s custody log, oldest entry first')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Write an evidence item''s original bytes to a file (logged as `opened`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed')
            [CompletionResult]::new('add-hash', 'add-hash', [CompletionResultType]::ParameterValue, 'Record a victim''s hash list (from `takedown hash --export`) on a case, with no images')
            [CompletionResult]::new('capture', 'capture', [CompletionResultType]::ParameterValue, 'Capture links as evidence: what the server sent, kept as a WARC file in the vault')
            [CompletionResult]::new('timestamp', 'timestamp', [CompletionResultType]::ParameterValue, 'Fetch queued trusted timestamps now (RFC 3161)')
            [CompletionResult]::new('strip', 'strip', [CompletionResultType]::ParameterValue, 'Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a case''s evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement')
            break
        }
        'takedown;help;evidence;add' {
            break
        }
        'takedown;help;evidence;list' {
            break
        }
        'takedown;help;evidence;show' {
            break
        }
        'takedown;help;evidence;log' {
            break
        }
        'takedown;help;evidence;open' {
            break
        }
        'takedown;help;evidence;verify' {
            break
        }
        'takedown;help;evidence;add-hash' {
            break
        }
        'takedown;help;evidence;capture' {
            break
        }
        'takedown;help;evidence;timestamp' {
            break
        }
        'takedown;help;evidence;strip' {
            break
        }
        'takedown;help;evidence;export' {
            break
        }
        'takedown;help;completions' {
            break
        }
        'takedown;help;man' {
            break
        }
        'takedown;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
