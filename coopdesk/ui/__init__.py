"""The desktop app (PySide6): the only package that imports Qt.

Pages and dialogs receive a :class:`coopdesk.ui.context.UiContext` (the service context,
the per-user Qt settings, the database worker); nothing here is a global.

Layout:
    app                 run_app(): open the books, first start, language, main window
    main_window         navigation (Ctrl+1..5) and the pages below
    members_page        members list: lazy model, search as you type (on the worker)
    member_page         one member: profile, balances, history, arrears, actions
    member_dialog       register a member / correct a profile
    savings_dialog      deposit and withdrawal, then the receipt
    exit_dialog         end of membership with the settlement preview
    documents           receipt / exit statement PDFs: print or open
    journal_page        journal list and entry detail
    reverse_dialog      correct an entry by reversal, with a reason
    manual_entry_dialog general-journal entry with the running difference
    trial_balance_page  neraca saldo at a date
    month_end_page      tutup bulan and its results
    settings_page       cooperative details, language; accounts_panel: chart of accounts
    import_dialog       the member list from Excel (opened from the members page)
    models              MemberTableModel (ids only, rows read a page at a time), RowsModel
    widgets             amount field with terbilang, date fields, field errors, banners
    worker              one background thread for database work, delayed progress dialog
    messages            message boxes with translated buttons
    i18n, labels, error_texts, qt_strings   translation: language choice, code labels,
                        the services' error templates, Qt's own button texts
    pyside_workaround   guard for PySide6 6.12's reference-count bug on Python 3.11
    style               the style sheet and shared table settings
    printing            the system print dialog for PDFs
"""
