"""The desktop app (PySide6): the only package that imports Qt.

Pages and dialogs receive a :class:`coopdesk.ui.context.UiContext` (the service context,
the per-user Qt settings, the database worker); nothing here is a global.

Layout:
    app                 run_app(): open the books, first start, language, main window
    main_window         navigation (Ctrl+1..9, Ctrl+0) and the pages below
    members_page        members list: lazy model, search as you type (on the worker)
    member_page         one member: profile, balances, history, arrears, loans, actions
    member_dialog       register a member / correct a profile
    savings_dialog      deposit and withdrawal, then the receipt
    exit_dialog         end of membership with the settlement preview
    documents           receipt / exit statement PDFs: print or open
    loan_section        Pinjaman: the tabs below, and a loan's page in front of them
    loan_list_page      loans: search, filter by state (on the worker)
    loan_approval_page  applications to approve (by another user) and to pay out
    loan_portfolio_page kualitas pinjaman at a date: arrears list, collectibility, NPL, aging, PPAP
    loan_page           one loan: position, schedule with each installment's state, transactions, actions
    loan_application_dialog  application with the live schedule preview (domain.loan_schedule)
    loan_disbursement_dialog pay out: principal − fees − withheld = cash, then slip and kartu angsuran
    loan_repayment_dialog    at the teller: due today, the split of the amount, payoff, receipt
    loan_action_dialogs reject, write off (hapus buku), recovery
    loan_products_panel loan products in Settings
    loan_queries        what the loan screens read, as plain values (positions from services.loans)
    loan_models, loan_widgets, loan_labels   coloured sortable table model, shared pieces, loan labels
    journal_page        journal list and entry detail
    reverse_dialog      correct an entry by reversal, with a reason
    manual_entry_dialog general-journal entry with the running difference
    trial_balance_page  neraca saldo at a date
    month_end_page      tutup bulan and its results
    settings_page       cooperative details, language; accounts_panel: chart of accounts; loan products
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
