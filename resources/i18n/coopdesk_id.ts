<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Ganti nama akun</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>— not applicable —</source>
        <translation>— tidak berlaku —</translation>
    </message>
    <message>
        <source>Members (partisipasi anggota)</source>
        <translation>Partisipasi anggota</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>Non-anggota</translation>
    </message>
    <message>
        <source>Operating expense (beban usaha)</source>
        <translation>Beban usaha</translation>
    </message>
    <message>
        <source>Cooperative expense (beban perkoperasian)</source>
        <translation>Beban perkoperasian</translation>
    </message>
    <message>
        <source>Other income/expense</source>
        <translation>Pendapatan/beban lain-lain</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>Pajak penghasilan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Income statement group</source>
        <translation>Kelompok di laporan SHU</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Akun baru…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Accounts that were used cannot be deleted, only deactivated. Savings control accounts stay active.</source>
        <translation>Akun yang sudah dipakai tidak dapat dihapus, hanya dinonaktifkan. Akun kontrol simpanan selalu aktif.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
</context>
<context>
    <name>AddAssetDialog</name>
    <message>
        <source>Add fixed asset</source>
        <translation>Tambah aset tetap</translation>
    </message>
    <message>
        <source>e.g. Laptop for the teller, Honda Vario motorbike</source>
        <translation>mis. Laptop untuk kasir, sepeda motor Honda Vario</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Paid from Kas (1110)</source>
        <translation>Dibayar dari Kas (1110)</translation>
    </message>
    <message>
        <source>Paid from Bank (1121)</source>
        <translation>Dibayar dari Bank (1121)</translation>
    </message>
    <message>
        <source>Already owned when the books started (Saldo Awal 3190)</source>
        <translation>Sudah dimiliki saat pembukuan dimulai (Saldo Awal 3190)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Cost (Rp)</source>
        <translation>Harga perolehan (Rp)</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Tanggal perolehan</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>Umur ekonomis</translation>
    </message>
    <message>
        <source>Residual value (Rp)</source>
        <translation>Nilai residu (Rp)</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Dibayar dari</translation>
    </message>
    <message>
        <source>Save asset</source>
        <translation>Simpan aset</translation>
    </message>
    <message>
        <source>{years} years {months} months</source>
        <translation>{years} tahun {months} bulan</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} tahun</translation>
    </message>
    <message>
        <source>Land is not depreciated: it stays on the books at its cost.</source>
        <translation>Tanah tidak disusutkan: tetap tercatat sebesar harga perolehannya.</translation>
    </message>
    <message>
        <source>Type the cost to see the monthly depreciation.</source>
        <translation>Ketik harga perolehan untuk melihat penyusutan per bulan.</translation>
    </message>
    <message>
        <source>These figures give no depreciation schedule; check the cost, residual value and life.</source>
        <translation>Angka ini tidak menghasilkan jadwal penyusutan; periksa harga perolehan, nilai residu dan umur ekonomis.</translation>
    </message>
    <message>
        <source>Depreciation {amount} a month from {first} to {last} (last month {final}); {total} in all.</source>
        <translation>Penyusutan {amount} per bulan dari {first} s.d. {last} (bulan terakhir {final}); seluruhnya {total}.</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>By the table</source>
        <translation>Menurut tabel</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Diposting</translation>
    </message>
</context>
<context>
    <name>Assets</name>
    <message>
        <source>Building (bangunan)</source>
        <translation>Bangunan</translation>
    </message>
    <message>
        <source>Vehicle (kendaraan)</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Equipment (inventaris)</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <source>Land (tanah)</source>
        <translation>Tanah</translation>
    </message>
    <message>
        <source>Straight-line depreciation, posted by month end: (cost - residual value) / useful life each month; the last month takes the rounding remainder. An asset is depreciated for every month in which the cooperative owns it on the 15th: bought on the 1st to the 15th, from that month; on the 16th or later, from the next month. Land is not depreciated.</source>
        <translation>Penyusutan garis lurus, dibukukan saat tutup bulan: (harga perolehan - nilai residu) / umur ekonomis setiap bulan; bulan terakhir menampung sisa pembulatan. Aset disusutkan untuk setiap bulan yang pada tanggal 15-nya masih dimiliki koperasi: dibeli tanggal 1 s.d. 15, mulai bulan itu; tanggal 16 atau sesudahnya, mulai bulan berikutnya. Tanah tidak disusutkan.</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Add asset…</source>
        <translation>Tambah aset…</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>Lepas aset…</translation>
    </message>
    <message>
        <source>Register: PDF</source>
        <translation>Daftar aset: PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Diperoleh</translation>
    </message>
    <message>
        <source>Life (months)</source>
        <translation>Umur (bln)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga perolehan</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>Akum. penyusutan</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Nilai buku</translation>
    </message>
    <message>
        <source>Assets held on</source>
        <translation>Aset per tanggal</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>Aset Tetap</translation>
    </message>
    <message>
        <source>Reading the fixed assets…</source>
        <translation>Membaca aset tetap…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{count} assets on {date}: cost {cost} · accumulated depreciation {acc} · book value {book}</source>
        <translation>{count} aset per {date}: harga perolehan {cost} · akumulasi penyusutan {acc} · nilai buku {book}</translation>
    </message>
    <message>
        <source>No fixed assets on {date}.</source>
        <translation>Tidak ada aset tetap per {date}.</translation>
    </message>
    <message>
        <source>Asset {number} added.</source>
        <translation>Aset {number} ditambahkan.</translation>
    </message>
    <message>
        <source>{number} disposed of with voucher {voucher}.</source>
        <translation>{number} dilepas dengan bukti {voucher}.</translation>
    </message>
    <message>
        <source>Fixed asset register</source>
        <translation>Daftar Aset Tetap</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Type the budget in the last column (e.g. 12.000.000); an empty or 0 amount removes the line.</source>
        <translation>Ketik anggaran di kolom terakhir (mis. 12.000.000); jumlah kosong atau 0 menghapus barisnya.</translation>
    </message>
    <message>
        <source>RAPB {year} (budget) beside the actual of {previous}</source>
        <translation>RAPB {year} (anggaran) di samping realisasi {previous}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Actual {year}</source>
        <translation>Realisasi {year}</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>Anggaran {year}</translation>
    </message>
    <message>
        <source>Income {income}   Expenses {expense}   SHU {shu}</source>
        <translation>Pendapatan {income}   Beban {expense}   SHU {shu}</translation>
    </message>
</context>
<context>
    <name>CashBookPage</name>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Cetak / PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>The cash book as an Excel workbook</source>
        <translation>Buku kas sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Cash expense…</source>
        <translation>Pengeluaran kas…</translation>
    </message>
    <message>
        <source>Cash income…</source>
        <translation>Penerimaan kas…</translation>
    </message>
    <message>
        <source>Transfer cash/bank…</source>
        <translation>Transfer kas/bank…</translation>
    </message>
    <message>
        <source>General journal…</source>
        <translation>Jurnal umum…</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo akhir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>No. bukti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Counter account</source>
        <translation>Akun lawan</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Cash and bank book</source>
        <translation>Buku Kas &amp; Bank</translation>
    </message>
    <message>
        <source>Reading the cash book…</source>
        <translation>Membaca buku kas…</translation>
    </message>
    <message>
        <source>Total / closing balance</source>
        <translation>Jumlah / saldo akhir</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>per {date}</translation>
    </message>
    <message>
        <source>{count} vouchers</source>
        <translation>{count} bukti</translation>
    </message>
    <message>
        <source>Voucher {voucher} saved.</source>
        <translation>Bukti {voucher} disimpan.</translation>
    </message>
    <message>
        <source>Cash book {account}, {start} to {end}</source>
        <translation>Buku kas {account}, {start} s.d. {end}</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <source>Cash count (kas opname)</source>
        <translation>Kas opname</translation>
    </message>
    <message>
        <source>Notes (uang kertas)</source>
        <translation>Uang kertas</translation>
    </message>
    <message>
        <source>Coins (uang logam)</source>
        <translation>Uang logam</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Hasil hitung kas</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Post the difference to the books</source>
        <translation>Bukukan selisihnya</translation>
    </message>
    <message>
        <source>A shortage is booked as an expense (Dr 5280 / Cr 1110), a surplus as other income (Dr 1110 / Cr 4290). Leave it unticked to only record the count.</source>
        <translation>Kekurangan kas dibukukan sebagai beban (Dr 5280 / Cr 1110), kelebihan sebagai pendapatan lain-lain (Dr 1110 / Cr 4290). Jangan dicentang bila hanya mencatat hasil hitung.</translation>
    </message>
    <message>
        <source>e.g. change not given back, counting error found</source>
        <translation>mis. uang kembalian belum diberikan, salah hitung</translation>
    </message>
    <message>
        <source>Date of the count</source>
        <translation>Tanggal opname</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>Alasan selisih</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Simpan opname</translation>
    </message>
    <message>
        <source>Count the notes and coins in the cash box and type how many there are of each. The difference is against the balance of the cash account in the books at the end of the chosen day.</source>
        <translation>Hitung uang kertas dan uang logam di kas, lalu ketik jumlah lembar/keping tiap pecahan. Selisih dibandingkan dengan saldo akun kas di pembukuan pada akhir hari yang dipilih.</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Pecahan</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Lembar/keping</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Books ({account}) at the end of {date}</source>
        <translation>Saldo buku ({account}) akhir {date}</translation>
    </message>
    <message>
        <source>{amount} short (kurang)</source>
        <translation>kurang {amount}</translation>
    </message>
    <message>
        <source>{amount} over (lebih)</source>
        <translation>lebih {amount}</translation>
    </message>
    <message>
        <source>No difference: the cash agrees with the books.</source>
        <translation>Tidak ada selisih: kas sesuai dengan pembukuan.</translation>
    </message>
    <message>
        <source>Post the difference of {amount} to the books?</source>
        <translation>Bukukan selisih {amount}?</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Kas opname</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bukukan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cash count saved</source>
        <translation>Kas opname disimpan</translation>
    </message>
    <message>
        <source>Cash count {number} saved; the difference was posted with voucher {voucher}.</source>
        <translation>Kas opname {number} disimpan; selisihnya dibukukan dengan bukti {voucher}.</translation>
    </message>
    <message>
        <source>Cash count {number} saved; the difference was not posted.</source>
        <translation>Kas opname {number} disimpan; selisihnya tidak dibukukan.</translation>
    </message>
    <message>
        <source>Cash count {number} saved; the cash agrees with the books.</source>
        <translation>Kas opname {number} disimpan; kas sesuai dengan pembukuan.</translation>
    </message>
    <message>
        <source>Counted &lt;b&gt;{counted}&lt;/b&gt; · books {books} · difference {difference}</source>
        <translation>Dihitung &lt;b&gt;{counted}&lt;/b&gt; · buku {books} · selisih {difference}</translation>
    </message>
    <message>
        <source>Berita acara kas opname (to sign)</source>
        <translation>Berita acara kas opname (untuk ditandatangani)</translation>
    </message>
</context>
<context>
    <name>CashEntryDialog</name>
    <message>
        <source>Cash expense</source>
        <translation>Pengeluaran kas</translation>
    </message>
    <message>
        <source>Cash income</source>
        <translation>Penerimaan kas</translation>
    </message>
    <message>
        <source>Transfer between cash and bank</source>
        <translation>Transfer antara kas dan bank</translation>
    </message>
    <message>
        <source>Type a code or part of the name</source>
        <translation>Ketik kode atau sebagian nama</translation>
    </message>
    <message>
        <source>Expense account</source>
        <translation>Akun beban</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Dibayar dari</translation>
    </message>
    <message>
        <source>Money paid out for the cooperative&apos;s costs (ATK, electricity, rent …). Posted as a cash-out voucher (BKK).</source>
        <translation>Uang yang dikeluarkan untuk biaya koperasi (ATK, listrik, sewa …). Dibukukan dengan Bukti Kas Keluar (BKK).</translation>
    </message>
    <message>
        <source>Income account</source>
        <translation>Akun pendapatan</translation>
    </message>
    <message>
        <source>Received into</source>
        <translation>Diterima di</translation>
    </message>
    <message>
        <source>Money received that is not a member&apos;s savings or loan payment (bank interest, other income). Posted as a cash-in voucher (BKM).</source>
        <translation>Uang masuk yang bukan simpanan atau angsuran anggota (bunga bank, pendapatan lain). Dibukukan dengan Bukti Kas Masuk (BKM).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Cash taken to the bank is a cash-out voucher (BKK), cash fetched from the bank a cash-in voucher (BKM); a move between bank accounts a general-journal entry.</source>
        <translation>Kas yang disetor ke bank dicatat dengan Bukti Kas Keluar (BKK), kas yang diambil dari bank dengan Bukti Kas Masuk (BKM); pemindahan antar rekening bank dengan jurnal umum.</translation>
    </message>
    <message>
        <source>e.g. Paper and ink for the office</source>
        <translation>mis. Kertas dan tinta untuk kantor</translation>
    </message>
    <message>
        <source>e.g. Sold old boxes</source>
        <translation>mis. Penjualan kardus bekas</translation>
    </message>
    <message>
        <source>e.g. Cash deposited at the bank</source>
        <translation>mis. Setor kas ke bank</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>CooperativePanel</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Name of the cooperative</source>
        <translation>Nama koperasi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Town (above signatures)</source>
        <translation>Kota (di atas tanda tangan)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Legal entity number</source>
        <translation>Nomor badan hukum</translation>
    </message>
    <message>
        <source>Legal entity date</source>
        <translation>Tanggal badan hukum</translation>
    </message>
    <message>
        <source>NIK koperasi</source>
        <translation>NIK koperasi</translation>
    </message>
    <message>
        <source>Member number format</source>
        <translation>Format nomor anggota</translation>
    </message>
    <message>
        <source>Books start on</source>
        <translation>Pembukuan mulai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Member number format: {seq:05d} gives 00001; A-{year}-{seq:04d} gives A-2025-0001 ({year} and {month} are those of the join date). It applies to members registered from now on.</source>
        <translation>Format nomor anggota: {seq:05d} menghasilkan 00001; A-{year}-{seq:04d} menghasilkan A-2025-0001 ({year} dan {month} diambil dari tanggal masuk). Berlaku untuk anggota yang didaftarkan mulai sekarang.</translation>
    </message>
    <message>
        <source>The next members will be numbered like {example}</source>
        <translation>Anggota berikutnya akan bernomor seperti {example}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>The cooperative&apos;s details were saved.</source>
        <translation>Data koperasi sudah disimpan.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Add up the figures again (F5)</source>
        <translation>Hitung ulang semua angka (F5)</translation>
    </message>
    <message>
        <source>Loans outstanding</source>
        <translation>Sisa pokok pinjaman</translation>
    </message>
    <message>
        <source>Principal still owed on all running loans (account 1141). Click for the loan list.</source>
        <translation>Pokok yang masih terutang pada semua pinjaman berjalan (akun 1141). Klik untuk daftar pinjaman.</translation>
    </message>
    <message>
        <source>NPL (non-performing loans)</source>
        <translation>NPL (pinjaman bermasalah)</translation>
    </message>
    <message>
        <source>(Kurang Lancar + Diragukan + Macet) ÷ outstanding. Juknis 15/2021: ≤ 5% healthy, 5–10% fairly healthy, 10–15% less healthy, &gt; 15% unhealthy. Click for the loan quality page.</source>
        <translation>(Kurang Lancar + Diragukan + Macet) ÷ sisa pokok. Juknis 15/2021: ≤ 5% sehat, 5–10% cukup sehat, 10–15% kurang sehat, &gt; 15% tidak sehat. Klik untuk halaman kualitas pinjaman.</translation>
    </message>
    <message>
        <source>Loans late</source>
        <translation>Pinjaman menunggak</translation>
    </message>
    <message>
        <source>Loans with an installment past its due date, and what to collect on them today (overdue installments and denda). Click for the arrears list.</source>
        <translation>Pinjaman dengan angsuran lewat jatuh tempo, dan yang harus ditagih hari ini (angsuran tertunggak dan denda). Klik untuk daftar tunggakan.</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>Jatuh tempo 7 hari ke depan</translation>
    </message>
    <message>
        <source>Loans with an installment falling due from today to six days from now, not paid yet. Click for the list.</source>
        <translation>Pinjaman dengan angsuran jatuh tempo mulai hari ini sampai enam hari lagi yang belum dibayar. Klik untuk daftarnya.</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Anggota aktif</translation>
    </message>
    <message>
        <source>Members with status active today; who joined and who left since 1 January. Click for the member list.</source>
        <translation>Anggota berstatus aktif hari ini; yang masuk dan keluar sejak 1 Januari. Klik untuk daftar anggota.</translation>
    </message>
    <message>
        <source>Wajib arrears</source>
        <translation>Tunggakan wajib</translation>
    </message>
    <message>
        <source>Active members who owe simpanan wajib for months already billed by month end, and the total they owe. Click for the list.</source>
        <translation>Anggota aktif yang menunggak simpanan wajib untuk bulan yang sudah ditagihkan saat tutup bulan, dan jumlah tunggakannya. Klik untuk daftarnya.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Cash on hand according to the books. Click for the cash book.</source>
        <translation>Kas di tangan menurut pembukuan. Klik untuk buku kas.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank accounts and deposits (1121 + 1122). Click for the bank book.</source>
        <translation>Rekening bank dan deposito (1121 + 1122). Klik untuk buku bank.</translation>
    </message>
    <message>
        <source>Income this month</source>
        <translation>Pendapatan bulan ini</translation>
    </message>
    <message>
        <source>All income accounts from the 1st of this month to today. Click for the income statement.</source>
        <translation>Semua akun pendapatan dari tanggal 1 bulan ini sampai hari ini. Klik untuk laporan SHU.</translation>
    </message>
    <message>
        <source>Expenses this month</source>
        <translation>Beban bulan ini</translation>
    </message>
    <message>
        <source>All expense accounts from the 1st of this month to today, including interest on savings and the loan allowance booked at month end. Click for the income statement.</source>
        <translation>Semua akun beban dari tanggal 1 bulan ini sampai hari ini, termasuk jasa simpanan dan PPAP pinjaman yang dibukukan saat tutup bulan. Klik untuk laporan SHU.</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Members and savings</source>
        <translation>Anggota dan simpanan</translation>
    </message>
    <message>
        <source>Cash and this month</source>
        <translation>Kas dan bulan ini</translation>
    </message>
    <message>
        <source>Nothing posted yet</source>
        <translation>Belum ada transaksi</translation>
    </message>
    <message>
        <source>No running loans</source>
        <translation>Tidak ada pinjaman berjalan</translation>
    </message>
    <message>
        <source>Savings and loans outstanding, last 12 months</source>
        <translation>Simpanan dan sisa pokok pinjaman, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Loans by collectibility</source>
        <translation>Pinjaman menurut kolektibilitas</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Memperbarui data…</translation>
    </message>
    <message>
        <source>Figures of {time}</source>
        <translation>Data pukul {time}</translation>
    </message>
    <message>
        <source>{n} running loan(s)</source>
        <translation>{n} pinjaman berjalan</translation>
    </message>
    <message>
        <source>no running loans</source>
        <translation>tidak ada pinjaman berjalan</translation>
    </message>
    <message>
        <source>{amount} to collect</source>
        <translation>harus ditagih {amount}</translation>
    </message>
    <message>
        <source>none: every installment paid on time</source>
        <translation>tidak ada: semua angsuran tepat waktu</translation>
    </message>
    <message>
        <source>{amount} until {date}</source>
        <translation>{amount} s.d. {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loan quality: {label}.&lt;/b&gt; NPL {npl}: {bad} of {total} outstanding is Kurang Lancar, Diragukan or Macet. {late} loan(s) late with {amount} to collect. &lt;a href=&quot;loans:late&quot;&gt;Open the arrears list&lt;/a&gt;</source>
        <translation>&lt;b&gt;Kualitas pinjaman: {label}.&lt;/b&gt; NPL {npl}: {bad} dari sisa pokok {total} berstatus Kurang Lancar, Diragukan atau Macet. {late} pinjaman menunggak, harus ditagih {amount}. &lt;a href=&quot;loans:late&quot;&gt;Buka daftar tunggakan&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Members and savings · all savings {amount}</source>
        <translation>Anggota dan simpanan · seluruh simpanan {amount}</translation>
    </message>
    <message>
        <source>{joined} joined, {left} left this year</source>
        <translation>{joined} masuk, {left} keluar thn ini</translation>
    </message>
    <message>
        <source>members owe {amount}</source>
        <translation>tunggakan {amount}</translation>
    </message>
    <message>
        <source>{share} of all savings</source>
        <translation>{share} dari total simpanan</translation>
    </message>
    <message>
        <source>What the members hold as {name} (account {account}). Click for the account&apos;s ledger.</source>
        <translation>Simpanan anggota berupa {name} (akun {account}). Klik untuk buku besar akun ini.</translation>
    </message>
    <message>
        <source>Cash and {month}</source>
        <translation>Kas dan bulan {month}</translation>
    </message>
    <message>
        <source>account {code}</source>
        <translation>akun {code}</translation>
    </message>
    <message>
        <source>accounts 1121 + 1122</source>
        <translation>akun 1121 + 1122</translation>
    </message>
    <message>
        <source>1 to {date}</source>
        <translation>1 s.d. {date}</translation>
    </message>
    <message>
        <source>result so far {amount}</source>
        <translation>SHU sementara {amount}</translation>
    </message>
    <message>
        <source>Members&apos; savings</source>
        <translation>Simpanan anggota</translation>
    </message>
    <message>
        <source>{n} loan(s)</source>
        <translation>{n} pinjaman</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DisposeAssetDialog</name>
    <message>
        <source>Dispose of asset</source>
        <translation>Pelepasan aset</translation>
    </message>
    <message>
        <source>Kas (1110)</source>
        <translation>Kas (1110)</translation>
    </message>
    <message>
        <source>Bank (1121)</source>
        <translation>Bank (1121)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga perolehan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Money received (Rp)</source>
        <translation>Uang diterima (Rp)</translation>
    </message>
    <message>
        <source>Received into</source>
        <translation>Diterima di</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Lepaskan</translation>
    </message>
    <message>
        <source>Dispose of {number}</source>
        <translation>Pelepasan {number}</translation>
    </message>
    <message>
        <source>Depreciation still due up to the disposal is posted first (a month counts when the asset is still owned on its 15th). Then the cost and the accumulated depreciation leave the books; money received goes to Kas or Bank; a gain is booked to 4290, a loss to 5280. Leave the money received empty for an asset scrapped for nothing.</source>
        <translation>Penyusutan yang belum dibukukan sampai tanggal pelepasan dibukukan lebih dulu (satu bulan dihitung bila aset masih dimiliki pada tanggal 15). Lalu harga perolehan dan akumulasi penyusutan dikeluarkan dari pembukuan; uang yang diterima masuk ke Kas atau Bank; laba dibukukan ke 4290, rugi ke 5280. Kosongkan uang diterima untuk aset yang dibuang tanpa hasil.</translation>
    </message>
    <message>
        <source>gain {amount} (to 4290)</source>
        <translation>laba {amount} (ke 4290)</translation>
    </message>
    <message>
        <source>loss {amount} (to 5280)</source>
        <translation>rugi {amount} (ke 5280)</translation>
    </message>
    <message>
        <source>no gain or loss</source>
        <translation>tanpa laba atau rugi</translation>
    </message>
    <message>
        <source>Accumulated depreciation {accumulated} · book value {book} · {outcome}</source>
        <translation>Akumulasi penyusutan {accumulated} · nilai buku {book} · {outcome}</translation>
    </message>
    <message>
        <source>Dispose of {number} ({name})? This cannot be undone.</source>
        <translation>Lepaskan {number} ({name})? Ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Menyiapkan PDF…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Buka PDF</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Receipts cannot be made in this version of CoopDesk.</source>
        <translation>Bukti transaksi tidak dapat dibuat di versi CoopDesk ini.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>PDF tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Printing is not available; open the PDF and print it from the PDF viewer.</source>
        <translation>Pencetakan tidak tersedia; buka PDF lalu cetak dari penampil PDF.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>&amp;Open the workbook</source>
        <translation>&amp;Buka buku kerja</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>reverses {voucher}</source>
        <translation>koreksi atas {voucher}</translation>
    </message>
    <message>
        <source>reversed by {voucher}</source>
        <translation>dikoreksi dengan {voucher}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Line note</source>
        <translation>Catatan baris</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>End of membership</source>
        <translation>Keluar dari keanggotaan</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Pay back and end membership</source>
        <translation>Kembalikan simpanan dan akhiri keanggotaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>All savings (pokok, wajib and sukarela) are paid back in cash in one entry. This cannot be undone except by a correction in the journal.</source>
        <translation>Seluruh simpanan (pokok, wajib dan sukarela) dikembalikan tunai dalam satu jurnal. Ini tidak dapat dibatalkan kecuali dengan koreksi di jurnal.</translation>
    </message>
    <message>
        <source>To be paid back</source>
        <translation>Yang akan dikembalikan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In words: {words}</source>
        <translation>Terbilang: {words}</translation>
    </message>
    <message>
        <source>Nothing to pay back: the member has no savings.</source>
        <translation>Tidak ada yang dikembalikan: anggota tidak memiliki simpanan.</translation>
    </message>
    <message>
        <source>End the membership of {member} and pay back {amount}?</source>
        <translation>Akhiri keanggotaan {member} dan kembalikan {amount}?</translation>
    </message>
    <message>
        <source>Pay back and end</source>
        <translation>Kembalikan dan akhiri</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Membership ended</source>
        <translation>Keanggotaan berakhir</translation>
    </message>
    <message>
        <source>{member} has left. Paid back {amount} with voucher {voucher}.</source>
        <translation>{member} sudah keluar. Dikembalikan {amount} dengan bukti {voucher}.</translation>
    </message>
    <message>
        <source>{member} has left. There was nothing to pay back.</source>
        <translation>{member} sudah keluar. Tidak ada yang perlu dikembalikan.</translation>
    </message>
    <message>
        <source>Receipt for the money paid back</source>
        <translation>Bukti pengembalian simpanan</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>Pernyataan penyelesaian</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>CoopDesk: new books</source>
        <translation>CoopDesk: pembukuan baru</translation>
    </message>
    <message>
        <source>e.g. KSP Sejahtera Bersama</source>
        <translation>mis. KSP Sejahtera Bersama</translation>
    </message>
    <message>
        <source>Cooperative name</source>
        <translation>Nama koperasi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Books start on</source>
        <translation>Pembukuan mulai</translation>
    </message>
    <message>
        <source>Simpanan pokok (once)</source>
        <translation>Simpanan pokok (sekali)</translation>
    </message>
    <message>
        <source>Simpanan wajib per month</source>
        <translation>Simpanan wajib per bulan</translation>
    </message>
    <message>
        <source>Create the books</source>
        <translation>Buat pembukuan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Welcome to CoopDesk</source>
        <translation>Selamat datang di CoopDesk</translation>
    </message>
    <message>
        <source>These books are new. Enter your cooperative&apos;s name; the other values can be changed later in Settings, except the start date of the books.</source>
        <translation>Pembukuan ini masih baru. Isi nama koperasi Anda; nilai lainnya dapat diubah nanti di Pengaturan, kecuali tanggal mulai pembukuan.</translation>
    </message>
</context>
<context>
    <name>ImportMembersDialog</name>
    <message>
        <source>Import members from Excel</source>
        <translation>Impor anggota dari Excel</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Belum ada file yang dipilih</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih file…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in Excel</source>
        <translation>Baca ulang file setelah diperbaiki di Excel</translation>
    </message>
    <message>
        <source>Excel file</source>
        <translation>File Excel</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Hanya baris bermasalah</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#f9d0cc&apos;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; must be fixed in the file &amp;nbsp; &lt;span style=&apos;background:#fff0c2&apos;&gt;&amp;nbsp;yellow&amp;nbsp;&lt;/span&gt; check, does not stop the import &amp;nbsp; Point at a cell to read its problem.</source>
        <translation>&lt;span style=&apos;background:#f9d0cc&apos;&gt;&amp;nbsp;merah&amp;nbsp;&lt;/span&gt; harus diperbaiki di file &amp;nbsp; &lt;span style=&apos;background:#fff0c2&apos;&gt;&amp;nbsp;kuning&amp;nbsp;&lt;/span&gt; periksa, tidak menghentikan impor &amp;nbsp; Arahkan mouse ke sel untuk membaca masalahnya.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Sum of the rows</source>
        <translation>Jumlah baris</translation>
    </message>
    <message>
        <source>JUMLAH row in the file</source>
        <translation>Baris JUMLAH di file</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Totals per product</source>
        <translation>Total per produk</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Brings over the member list the cooperative kept in Excel, with each member&apos;s savings balances at the day before the books start. Nothing is saved until you press Import, and a file with problems is not imported at all: fix the file in Excel, save it and press Check again.</source>
        <translation>Memindahkan daftar anggota yang selama ini disimpan di Excel, beserta saldo simpanan tiap anggota per hari sebelum pembukuan dimulai. Tidak ada yang disimpan sebelum Anda menekan Impor, dan file yang bermasalah tidak diimpor sama sekali: perbaiki file di Excel, simpan, lalu tekan Periksa lagi.</translation>
    </message>
    <message>
        <source>Choose the member list</source>
        <translation>Pilih daftar anggota</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Buku kerja Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>Reading the member list…</source>
        <translation>Membaca daftar anggota…</translation>
    </message>
    <message>
        <source>The file cannot be used: {reason}</source>
        <translation>File tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported yet:&lt;/b&gt; {count} problem(s) on {rows} row(s) must be fixed in the Excel file (red below). Fix them, save the file and press Check again.</source>
        <translation>&lt;b&gt;Belum ada yang dapat diimpor:&lt;/b&gt; {count} masalah pada {rows} baris harus diperbaiki di file Excel (merah di bawah). Perbaiki, simpan file, lalu tekan Periksa lagi.</translation>
    </message>
    <message>
        <source>The file has no member rows to import.</source>
        <translation>File tidak berisi baris anggota untuk diimpor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to import {count} members.&lt;/b&gt; Nothing must be fixed; {warnings} warning(s) in yellow are worth checking but do not stop the import.</source>
        <translation>&lt;b&gt;Siap mengimpor {count} anggota.&lt;/b&gt; Tidak ada yang wajib diperbaiki; {warnings} peringatan berwarna kuning sebaiknya diperiksa, tetapi tidak menghentikan impor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to import {count} members.&lt;/b&gt; No problems found.</source>
        <translation>&lt;b&gt;Siap mengimpor {count} anggota.&lt;/b&gt; Tidak ada masalah.</translation>
    </message>
    <message>
        <source>Sheet &lt;b&gt;{sheet}&lt;/b&gt;, header on row {header}, {count} member rows</source>
        <translation>Lembar &lt;b&gt;{sheet}&lt;/b&gt;, judul kolom di baris {header}, {count} baris anggota</translation>
    </message>
    <message>
        <source>, JUMLAH on row {row}</source>
        <translation>, baris JUMLAH di baris {row}</translation>
    </message>
    <message>
        <source>Members keep their numbers ({first} to {last}); the next new member gets {next}</source>
        <translation>Anggota tetap memakai nomornya ({first} sampai {last}); anggota baru berikutnya mendapat {next}</translation>
    </message>
    <message>
        <source>Balances at {as_of} become opening balances in one journal entry dated {day}, the first day of the books</source>
        <translation>Saldo per {as_of} menjadi saldo awal dalam satu jurnal bertanggal {day}, hari pertama pembukuan</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Wajib diperbaiki</translation>
    </message>
    <message>
        <source>Problems: {fix} to fix, {check} to check</source>
        <translation>Masalah: {fix} harus diperbaiki, {check} perlu diperiksa</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Masalah: tidak ada</translation>
    </message>
    <message>
        <source>Simpanan pokok</source>
        <translation>Simpanan pokok</translation>
    </message>
    <message>
        <source>Simpanan wajib</source>
        <translation>Simpanan wajib</translation>
    </message>
    <message>
        <source>Simpanan sukarela</source>
        <translation>Simpanan sukarela</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>no JUMLAH in file</source>
        <translation>tidak ada baris JUMLAH di file</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation>✓ sama</translation>
    </message>
    <message>
        <source>✗ differs by {amount}</source>
        <translation>✗ selisih {amount}</translation>
    </message>
    <message>
        <source>Register {count} members and post their opening balances of {amount} in one entry dated {day}? This cannot be undone except by a correction in the journal.</source>
        <translation>Daftarkan {count} anggota dan bukukan saldo awal mereka sebesar {amount} dalam satu jurnal bertanggal {day}? Ini tidak dapat dibatalkan kecuali dengan koreksi di jurnal.</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Impor anggota</translation>
    </message>
    <message>
        <source>Importing {count} members…</source>
        <translation>Mengimpor {count} anggota…</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>Mengimpor anggota…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {count} members&lt;/b&gt; ({first} to {last}). Opening balances of {amount} were posted as {voucher} on {day}.</source>
        <translation>&lt;b&gt;{count} anggota berhasil diimpor&lt;/b&gt; ({first} sampai {last}). Saldo awal sebesar {amount} dibukukan dengan bukti {voucher} tanggal {day}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {count} members&lt;/b&gt; ({first} to {last}). They had no savings balances, so no journal entry was posted.</source>
        <translation>&lt;b&gt;{count} anggota berhasil diimpor&lt;/b&gt; ({first} sampai {last}). Mereka tidak memiliki saldo simpanan, jadi tidak ada jurnal yang dibukukan.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Voucher or description</source>
        <translation>No. bukti atau keterangan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>New general journal entry…</source>
        <translation>Jurnal umum baru…</translation>
    </message>
    <message>
        <source>Export journal…</source>
        <translation>Ekspor jurnal…</translation>
    </message>
    <message>
        <source>Every journal line of the period shown, for the auditors, as CSV or Excel</source>
        <translation>Semua baris jurnal pada periode yang ditampilkan, untuk auditor, dalam CSV atau Excel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>No. bukti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Line note</source>
        <translation>Catatan baris</translation>
    </message>
    <message>
        <source>Correct (reverse) with a reason…</source>
        <translation>Koreksi (balik) dengan alasan…</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Rincian jurnal</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>reversed by {voucher}</source>
        <translation>dikoreksi dengan {voucher}</translation>
    </message>
    <message>
        <source>reverses {voucher}</source>
        <translation>koreksi atas {voucher}</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Membaca jurnal…</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} jurnal</translation>
    </message>
    <message>
        <source>Select an entry to see its lines.</source>
        <translation>Pilih jurnal untuk melihat baris-barisnya.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, dipisah koma (*.csv)</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Ekspor jurnal</translation>
    </message>
    <message>
        <source>Journal {start} to {end}</source>
        <translation>Jurnal {start} s.d. {end}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Diberhentikan</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Setoran</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Jasa simpanan</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>PPh final dipotong</translation>
    </message>
    <message>
        <source>Paid back on exit</source>
        <translation>Pengembalian (keluar)</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Correction of {kind}</source>
        <translation>Koreksi {kind}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Contra asset</source>
        <translation>Kontra aset</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Kewajiban</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Ekuitas</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Beban</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>No. bukti</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris jurnal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Kode akun</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Cooperative name</source>
        <translation>Nama koperasi</translation>
    </message>
    <message>
        <source>Member number format</source>
        <translation>Format nomor anggota</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Simpanan pokok</source>
        <translation>Simpanan pokok</translation>
    </message>
    <message>
        <source>Simpanan wajib per month</source>
        <translation>Simpanan wajib per bulan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Income statement group</source>
        <translation>Kelompok di laporan SHU</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <source>Excel file</source>
        <translation>File Excel</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>File PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga perolehan</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Nilai residu</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>Umur ekonomis</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Dibayar dari</translation>
    </message>
    <message>
        <source>Sale proceeds</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Hitungan kas</translation>
    </message>
    <message>
        <source>Balances as of</source>
        <translation>Saldo per</translation>
    </message>
    <message>
        <source>Books start</source>
        <translation>Awal pembukuan</translation>
    </message>
    <message>
        <source>Interest basis</source>
        <translation>Dasar jasa</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Baris {number}</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Total / closing balance</source>
        <translation>Jumlah / saldo akhir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>No. bukti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo akhir</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to open its journal entry.</source>
        <translation>Klik dua kali sebuah baris (atau tekan Enter) untuk membuka jurnalnya.</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Membaca buku besar…</translation>
    </message>
    <message>
        <source>{accounts} · {start} to {end}</source>
        <translation>{accounts} · {start} s.d. {end}</translation>
    </message>
    <message>
        <source>debit balance</source>
        <translation>saldo debit</translation>
    </message>
    <message>
        <source>credit balance</source>
        <translation>saldo kredit</translation>
    </message>
    <message>
        <source>on {date}, {side}</source>
        <translation>per {date}, {side}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>per {date}</translation>
    </message>
    <message>
        <source>{count} journal lines</source>
        <translation>{count} baris jurnal</translation>
    </message>
</context>
<context>
    <name>LoanApplicationDialog</name>
    <message>
        <source>Loan application</source>
        <translation>Permohonan pinjaman</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Nomor anggota</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>e.g. modal usaha warung, biaya sekolah</source>
        <translation>mis. modal usaha warung, biaya sekolah</translation>
    </message>
    <message>
        <source>e.g. BPKB motor Honda Beat 2019</source>
        <translation>mis. BPKB motor Honda Beat 2019</translation>
    </message>
    <message>
        <source>Related party</source>
        <translation>Pihak terkait</translation>
    </message>
    <message>
        <source>Pengurus, pengawas, their families or businesses: the loan needs the approval of both the pengurus and the pengawas, and should not exceed 10% of own capital.</source>
        <translation>Pengurus, pengawas, keluarga atau usaha mereka: pinjaman perlu persetujuan pengurus dan pengawas, dan sebaiknya tidak melebihi 10% modal sendiri.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Loan product</source>
        <translation>Produk pinjaman</translation>
    </message>
    <message>
        <source>Principal (Rp)</source>
        <translation>Pokok pinjaman (Rp)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Tanggal permohonan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Agunan</translation>
    </message>
    <message>
        <source>Collateral value (Rp)</source>
        <translation>Nilai agunan (Rp)</translation>
    </message>
    <message>
        <source>Save application</source>
        <translation>Simpan permohonan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Bunga</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Withheld into savings</source>
        <translation>Ditahan ke simpanan</translation>
    </message>
    <message>
        <source>Provisi</source>
        <translation>Provisi</translation>
    </message>
    <message>
        <source>Administrasi</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <source>Monthly installment</source>
        <translation>Angsuran per bulan</translation>
    </message>
    <message>
        <source>Last installment</source>
        <translation>Angsuran terakhir</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>Jumlah bunga</translation>
    </message>
    <message>
        <source>Total to repay</source>
        <translation>Jumlah yang dibayar kembali</translation>
    </message>
    <message>
        <source>Cash paid out</source>
        <translation>Diterima tunai</translation>
    </message>
    <message>
        <source>The member repays</source>
        <translation>Anggota membayar kembali</translation>
    </message>
    <message>
        <source>At disbursement</source>
        <translation>Saat pencairan</translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>Pratinjau jadwal angsuran</translation>
    </message>
    <message>
        <source>No member with this number.</source>
        <translation>Tidak ada anggota dengan nomor ini.</translation>
    </message>
    <message>
        <source>no longer an active member</source>
        <translation>bukan anggota aktif lagi</translation>
    </message>
    <message>
        <source>There is no loan product. Add one in Settings → Loan products.</source>
        <translation>Belum ada produk pinjaman. Tambahkan di Pengaturan → Produk pinjaman.</translation>
    </message>
    <message>
        <source>{min}–{max} months</source>
        <translation>{min}–{max} bulan</translation>
    </message>
    <message>
        <source>installments rounded up to {unit}</source>
        <translation>angsuran dibulatkan ke atas ke {unit}</translation>
    </message>
    <message>
        <source>collateral required</source>
        <translation>wajib agunan</translation>
    </message>
    <message>
        <source>Type the principal to see the installments.</source>
        <translation>Ketik pokok pinjaman untuk melihat angsurannya.</translation>
    </message>
    <message>
        <source>These terms cannot be lent; see the message next to the field.</source>
        <translation>Pinjaman dengan syarat ini tidak dapat diberikan; lihat pesan di samping isian.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>First installment</source>
        <translation>Angsuran pertama</translation>
    </message>
    <message>
        <source>Provisi ({pct})</source>
        <translation>Provisi ({pct})</translation>
    </message>
    <message>
        <source>Due dates are counted from the application date here; at disbursement they are fixed one month after the day the money is paid out, with the same installments.</source>
        <translation>Di sini jatuh tempo dihitung dari tanggal permohonan; saat pencairan jatuh tempo ditetapkan sebulan setelah uang dicairkan, dengan angsuran yang sama.</translation>
    </message>
    <message>
        <source>Open the loan</source>
        <translation>Buka pinjaman</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Application saved</source>
        <translation>Permohonan tersimpan</translation>
    </message>
    <message>
        <source>Application {number} is saved: {principal} over {term} for {member}.</source>
        <translation>Permohonan {number} tersimpan: {principal} selama {term} untuk {member}.</translation>
    </message>
    <message>
        <source>Next: another user (not {user}) approves it on the Loans page, then the money is paid out there. The schedule below is a simulation for the member to take home.</source>
        <translation>Berikutnya: pengguna lain (bukan {user}) menyetujuinya di halaman Pinjaman, lalu uang dicairkan di sana. Jadwal di bawah ini simulasi untuk dibawa pulang anggota.</translation>
    </message>
    <message>
        <source>Schedule simulation (kartu angsuran)</source>
        <translation>Simulasi jadwal (kartu angsuran)</translation>
    </message>
</context>
<context>
    <name>LoanApprovalPage</name>
    <message>
        <source>Applied</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Pay out…</source>
        <translation>Cairkan…</translation>
    </message>
    <message>
        <source>Open loan</source>
        <translation>Buka pinjaman</translation>
    </message>
    <message>
        <source>Print schedule (simulation)</source>
        <translation>Cetak jadwal (simulasi)</translation>
    </message>
    <message>
        <source>Paying out</source>
        <translation>Pencairan</translation>
    </message>
    <message>
        <source>Approval by the pengawas</source>
        <translation>Persetujuan pengawas</translation>
    </message>
    <message>
        <source>Approval (pengurus + pengawas)</source>
        <translation>Persetujuan pengurus + pengawas</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Reading the applications…</source>
        <translation>Membaca permohonan…</translation>
    </message>
    <message>
        <source>You are working as {user}</source>
        <translation>Anda bekerja sebagai {user}</translation>
    </message>
    <message>
        <source>An application is approved by another user than the one who entered it; a related-party loan also by a pengawas. To approve as someone else, start CoopDesk as that user.</source>
        <translation>Permohonan disetujui oleh pengguna lain, bukan yang memasukkannya; pinjaman pihak terkait juga oleh pengawas. Untuk menyetujui sebagai orang lain, jalankan CoopDesk sebagai pengguna itu.</translation>
    </message>
    <message>
        <source>No application is waiting.</source>
        <translation>Tidak ada permohonan yang menunggu.</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Keperluan: {purpose}</translation>
    </message>
    <message>
        <source>Collateral: {collateral}</source>
        <translation>Agunan: {collateral}</translation>
    </message>
    <message>
        <source>Cash to pay out: {principal} − fees {fees} = &lt;b&gt;{cash}&lt;/b&gt;</source>
        <translation>Dicairkan tunai: {principal} − biaya {fees} = &lt;b&gt;{cash}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Approved by {user} on {date}</source>
        <translation>Disetujui {user} tanggal {date}</translation>
    </message>
    <message>
        <source>Related-party loan of {amount}: above the limit of 10% of own capital ({cap}). It needs the approval of both the pengurus and the pengawas.</source>
        <translation>Pinjaman pihak terkait {amount}: melebihi batas 10% modal sendiri ({cap}). Perlu persetujuan pengurus dan pengawas.</translation>
    </message>
    <message>
        <source>Related-party loan (pengurus, pengawas, their families or businesses): it needs the approval of both the pengurus and the pengawas. The limit is 10% of own capital ({cap}).</source>
        <translation>Pinjaman pihak terkait (pengurus, pengawas, keluarga atau usaha mereka): perlu persetujuan pengurus dan pengawas. Batasnya 10% modal sendiri ({cap}).</translation>
    </message>
    <message>
        <source>{number} cannot be approved: {reason}</source>
        <translation>{number} tidak dapat disetujui: {reason}</translation>
    </message>
    <message>
        <source>{number} is approved; it can now be paid out.</source>
        <translation>{number} disetujui; sekarang dapat dicairkan.</translation>
    </message>
    <message>
        <source>{number} has the pengurus approval; the pengawas must approve it too.</source>
        <translation>{number} sudah disetujui pengurus; pengawas juga harus menyetujuinya.</translation>
    </message>
    <message>
        <source>{number} is rejected.</source>
        <translation>{number} ditolak.</translation>
    </message>
    <message>
        <source>{number} is paid out with voucher {voucher}.</source>
        <translation>{number} dicairkan dengan bukti {voucher}.</translation>
    </message>
    <message>
        <source>Schedule simulation {number}</source>
        <translation>Simulasi jadwal {number}</translation>
    </message>
</context>
<context>
    <name>LoanDisbursementDialog</name>
    <message>
        <source>Disbursement</source>
        <translation>Pencairan</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>{date} by {user}</source>
        <translation>{date} oleh {user}</translation>
    </message>
    <message>
        <source>Disbursement date</source>
        <translation>Tanggal pencairan</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>− Provisi</source>
        <translation>− Provisi</translation>
    </message>
    <message>
        <source>− Administrasi</source>
        <translation>− Administrasi</translation>
    </message>
    <message>
        <source>− Withheld into {product}</source>
        <translation>− Ditahan ke {product}</translation>
    </message>
    <message>
        <source>= Cash to pay the member</source>
        <translation>= Dibayar tunai kepada anggota</translation>
    </message>
    <message>
        <source>Pay out {amount}</source>
        <translation>Cairkan {amount}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Pay out loan {number}</source>
        <translation>Pencairan pinjaman {number}</translation>
    </message>
    <message>
        <source>First installment {amount} due on {first}; the last on {last}. Entry: Dr 1141 Piutang Pinjaman {principal}, Cr Kas {cash}, fees to income.</source>
        <translation>Angsuran pertama {amount} jatuh tempo {first}; terakhir {last}. Jurnal: Dr 1141 Piutang Pinjaman {principal}, Cr Kas {cash}, biaya ke pendapatan.</translation>
    </message>
    <message>
        <source>Pay {amount} in cash to {member} for loan {number}?</source>
        <translation>Bayar tunai {amount} kepada {member} untuk pinjaman {number}?</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Cairkan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Loan paid out</source>
        <translation>Pinjaman dicairkan</translation>
    </message>
    <message>
        <source>Voucher {voucher} posted on {date}: loan {number} is running. Have the member sign the disbursement slip.</source>
        <translation>Bukti {voucher} dibukukan tanggal {date}: pinjaman {number} berjalan. Mintalah anggota menandatangani bukti pencairan.</translation>
    </message>
    <message>
        <source>Cash paid: {amount}</source>
        <translation>Dibayar tunai: {amount}</translation>
    </message>
    <message>
        <source>Disbursement slip (bukti pencairan)</source>
        <translation>Bukti pencairan</translation>
    </message>
    <message>
        <source>Installment card (kartu angsuran)</source>
        <translation>Kartu angsuran</translation>
    </message>
</context>
<context>
    <name>LoanLabels</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Approved, to disburse</source>
        <translation>Disetujui, belum dicairkan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dihapusbukukan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Lancar (pass)</source>
        <translation>Lancar</translation>
    </message>
    <message>
        <source>Kurang Lancar (substandard)</source>
        <translation>Kurang Lancar</translation>
    </message>
    <message>
        <source>Diragukan (doubtful)</source>
        <translation>Diragukan</translation>
    </message>
    <message>
        <source>Macet (loss)</source>
        <translation>Macet</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>Declining balance (menurun)</source>
        <translation>Menurun (efektif)</translation>
    </message>
    <message>
        <source>Annuity (anuitas)</source>
        <translation>Anuitas</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per tahun</translation>
    </message>
    <message>
        <source>No late penalty</source>
        <translation>Tanpa denda</translation>
    </message>
    <message>
        <source>% of the overdue installment per day</source>
        <translation>% dari angsuran tertunggak per hari</translation>
    </message>
    <message>
        <source>% of the overdue installment per month</source>
        <translation>% dari angsuran tertunggak per bulan</translation>
    </message>
    <message>
        <source>Fixed Rupiah per day late</source>
        <translation>Rupiah tetap per hari terlambat</translation>
    </message>
    <message>
        <source>Pays the next installments in advance</source>
        <translation>Membayar di muka angsuran berikutnya</translation>
    </message>
    <message>
        <source>Goes to the member&apos;s simpanan sukarela</source>
        <translation>Masuk ke simpanan sukarela anggota</translation>
    </message>
    <message>
        <source>Interest up to the current period only</source>
        <translation>Bunga sampai periode berjalan saja</translation>
    </message>
    <message>
        <source>All remaining scheduled interest</source>
        <translation>Seluruh sisa bunga sesuai jadwal</translation>
    </message>
    <message>
        <source>Denda → interest → principal</source>
        <translation>Denda → bunga → pokok</translation>
    </message>
    <message>
        <source>Interest → denda → principal</source>
        <translation>Bunga → denda → pokok</translation>
    </message>
    <message>
        <source>Interest → principal → denda</source>
        <translation>Bunga → pokok → denda</translation>
    </message>
    <message>
        <source>Principal → interest → denda</source>
        <translation>Pokok → bunga → denda</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Dibayar sebagian</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Late, partly paid</source>
        <translation>Terlambat, sebagian</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Pencairan</translation>
    </message>
    <message>
        <source>Installment payment</source>
        <translation>Pembayaran angsuran</translation>
    </message>
    <message>
        <source>Payoff</source>
        <translation>Pelunasan</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Hapus buku</translation>
    </message>
    <message>
        <source>Recovery after write-off</source>
        <translation>Penerimaan setelah hapus buku</translation>
    </message>
    <message>
        <source>Netted against savings at exit</source>
        <translation>Dipotong dari simpanan saat keluar</translation>
    </message>
    <message>
        <source>Correction of {kind}</source>
        <translation>Koreksi {kind}</translation>
    </message>
    <message>
        <source>healthy (sehat)</source>
        <translation>sehat</translation>
    </message>
    <message>
        <source>fairly healthy (cukup sehat)</source>
        <translation>cukup sehat</translation>
    </message>
    <message>
        <source>less healthy (kurang sehat)</source>
        <translation>kurang sehat</translation>
    </message>
    <message>
        <source>unhealthy (tidak sehat)</source>
        <translation>tidak sehat</translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation>Tidak menunggak</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 hari</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 hari</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 hari</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 hari</translation>
    </message>
    <message>
        <source>181–270 days</source>
        <translation>181–270 hari</translation>
    </message>
    <message>
        <source>over 270 days</source>
        <translation>lebih dari 270 hari</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Suku bunga</translation>
    </message>
    <message>
        <source>Rate per</source>
        <translation>Bunga per</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Rounding unit</source>
        <translation>Pembulatan</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Agunan</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>Nilai agunan</translation>
    </message>
    <message>
        <source>Provisi</source>
        <translation>Provisi</translation>
    </message>
    <message>
        <source>Administrasi</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Withheld into</source>
        <translation>Ditahan ke</translation>
    </message>
    <message>
        <source>Late penalty</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Masa tenggang</translation>
    </message>
    <message>
        <source>Payment order</source>
        <translation>Urutan pembayaran</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Kelebihan bayar</translation>
    </message>
    <message>
        <source>Early payoff</source>
        <translation>Pelunasan dipercepat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} bulan</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} hari</translation>
    </message>
</context>
<context>
    <name>LoanListPage</name>
    <message>
        <source>Search by loan number, member number or name</source>
        <translation>Cari nomor pinjaman, nomor anggota atau nama</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>Semua pinjaman</translation>
    </message>
    <message>
        <source>Open (not yet closed)</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Approved, to pay out</source>
        <translation>Disetujui, belum dicairkan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Running and late</source>
        <translation>Berjalan dan menunggak</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dihapusbukukan</translation>
    </message>
    <message>
        <source>Rejected or cancelled</source>
        <translation>Ditolak atau dibatalkan</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Permohonan baru…</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kolektibilitas</translation>
    </message>
    <message>
        <source>Reading the loans…</source>
        <translation>Membaca data pinjaman…</translation>
    </message>
    <message>
        <source>{n} loans · outstanding {amount}</source>
        <translation>{n} pinjaman · sisa pokok {amount}</translation>
    </message>
</context>
<context>
    <name>LoanPage</name>
    <message>
        <source>← Back (Esc)</source>
        <translation>← Kembali (Esc)</translation>
    </message>
    <message>
        <source>Open the member&apos;s page</source>
        <translation>Buka halaman anggota</translation>
    </message>
    <message>
        <source>Pay installment (F2)</source>
        <translation>Bayar angsuran (F2)</translation>
    </message>
    <message>
        <source>Pay off (lunasi)…</source>
        <translation>Lunasi…</translation>
    </message>
    <message>
        <source>Print installment card</source>
        <translation>Cetak kartu angsuran</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Hapus buku…</translation>
    </message>
    <message>
        <source>Receive recovery…</source>
        <translation>Terima pemulihan…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Pay out…</source>
        <translation>Cairkan…</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Outstanding principal</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>Collectibility</source>
        <translation>Kolektibilitas</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Agunan</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Dicairkan</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Bunga</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>No. bukti</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (dikoreksi)</translation>
    </message>
    <message>
        <source>Denda</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>To pay today</source>
        <translation>Harus dibayar hari ini</translation>
    </message>
    <message>
        <source>Scheduled balance</source>
        <translation>Sisa pokok (jadwal)</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Kas masuk / keluar</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>A wrong transaction is corrected by reversing its voucher in the Journal page (Koreksi).</source>
        <translation>Transaksi yang salah dikoreksi dengan membalik bukti transaksinya di halaman Jurnal (Koreksi).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal angsuran</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Fees and withheld</source>
        <translation>Biaya dan simpanan ditahan</translation>
    </message>
    <message>
        <source>Cash to pay out</source>
        <translation>Diterima tunai</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <source>written off {amount}</source>
        <translation>dihapusbukukan {amount}</translation>
    </message>
    <message>
        <source>{n} installment(s) late, denda {denda}</source>
        <translation>{n} angsuran tertunggak, denda {denda}</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>tidak ada tunggakan</translation>
    </message>
    <message>
        <source>not late</source>
        <translation>tidak terlambat</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>sejak {date}</translation>
    </message>
    <message>
        <source>allowance {amount}</source>
        <translation>PPAP {amount}</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>{amount} per bulan</translation>
    </message>
    <message>
        <source>{date} by {user}</source>
        <translation>{date} oleh {user}</translation>
    </message>
    <message>
        <source>by {user} (pengurus)</source>
        <translation>oleh {user} (pengurus)</translation>
    </message>
    <message>
        <source>, {user} (pengawas)</source>
        <translation>, {user} (pengawas)</translation>
    </message>
    <message>
        <source>; waiting for the pengawas</source>
        <translation>; menunggu pengawas</translation>
    </message>
    <message>
        <source>provisi {amount}</source>
        <translation>provisi {amount}</translation>
    </message>
    <message>
        <source>admin {amount}</source>
        <translation>administrasi {amount}</translation>
    </message>
    <message>
        <source>withheld {amount}</source>
        <translation>ditahan {amount}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>{fees} → cash {cash}</source>
        <translation>{fees} → tunai {cash}</translation>
    </message>
    <message>
        <source>Related-party loan: needs the approval of both the pengurus and the pengawas.</source>
        <translation>Pinjaman pihak terkait: perlu persetujuan pengurus dan pengawas.</translation>
    </message>
    <message>
        <source>Related-party loan: approved by the pengurus and the pengawas.</source>
        <translation>Pinjaman pihak terkait: disetujui pengurus dan pengawas.</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <source>Recovered after write-off: {amount} of {written}.</source>
        <translation>Diterima setelah hapus buku: {amount} dari {written}.</translation>
    </message>
    <message>
        <source>Denda paid so far: {amount}.</source>
        <translation>Denda yang sudah dibayar: {amount}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Schedule (simulation)</source>
        <translation>Jadwal angsuran (simulasi)</translation>
    </message>
    <message>
        <source>Transactions ({n})</source>
        <translation>Transaksi ({n})</translation>
    </message>
    <message>
        <source>Print schedule (simulation)</source>
        <translation>Cetak jadwal (simulasi)</translation>
    </message>
    <message>
        <source>to pay out</source>
        <translation>menunggu pencairan</translation>
    </message>
    <message>
        <source>waiting for the pengawas</source>
        <translation>menunggu persetujuan pengawas</translation>
    </message>
    <message>
        <source>waiting for approval by another user</source>
        <translation>menunggu persetujuan pengguna lain</translation>
    </message>
    <message>
        <source>Disbursement slip {voucher}</source>
        <translation>Bukti pencairan {voucher}</translation>
    </message>
    <message>
        <source>Receipt {voucher}</source>
        <translation>Bukti {voucher}</translation>
    </message>
    <message>
        <source>Schedule simulation {number}</source>
        <translation>Simulasi jadwal {number}</translation>
    </message>
    <message>
        <source>Installment card {number}</source>
        <translation>Kartu angsuran {number}</translation>
    </message>
    <message>
        <source>{number} cannot be approved: {reason}</source>
        <translation>{number} tidak dapat disetujui: {reason}</translation>
    </message>
    <message>
        <source>Approved by {user}.</source>
        <translation>Disetujui oleh {user}.</translation>
    </message>
    <message>
        <source>It can now be paid out.</source>
        <translation>Sekarang dapat dicairkan.</translation>
    </message>
    <message>
        <source>A related-party loan also needs the pengawas&apos;s approval.</source>
        <translation>Pinjaman pihak terkait juga perlu persetujuan pengawas.</translation>
    </message>
</context>
<context>
    <name>LoanPortfolioPage</name>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Arrears list: PDF</source>
        <translation>Daftar tunggakan: PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Quality report: PDF</source>
        <translation>Laporan kualitas: PDF</translation>
    </message>
    <message>
        <source>The arrears list as an Excel workbook</source>
        <translation>Daftar tunggakan sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>The portfolio quality report as an Excel workbook</source>
        <translation>Laporan kualitas pinjaman sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Running loans</source>
        <translation>Pinjaman berjalan</translation>
    </message>
    <message>
        <source>NPL</source>
        <translation>NPL</translation>
    </message>
    <message>
        <source>Allowance needed (PPAPWD)</source>
        <translation>PPAP wajib dibentuk (PPAPWD)</translation>
    </message>
    <message>
        <source>Allowance booked (1149)</source>
        <translation>PPAP sudah dibentuk (1149)</translation>
    </message>
    <message>
        <source>Allowance difference</source>
        <translation>Selisih PPAP</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kolektibilitas</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Jml pinjaman</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Allowance rate</source>
        <translation>Tarif PPAP</translation>
    </message>
    <message>
        <source>Allowance needed</source>
        <translation>PPAP wajib dibentuk</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Umur tunggakan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>{n} inst.</source>
        <translation>{n} angsuran</translation>
    </message>
    <message>
        <source>Click a title to sort; Enter opens the loan.</source>
        <translation>Klik judul kolom untuk mengurutkan; Enter membuka pinjaman.</translation>
    </message>
    <message>
        <source>Allowance short</source>
        <translation>PPAP kurang dibentuk</translation>
    </message>
    <message>
        <source>month end books it (Dr 5290 / Cr 1149)</source>
        <translation>dibukukan saat tutup bulan (Dr 5290 / Cr 1149)</translation>
    </message>
    <message>
        <source>Allowance in excess</source>
        <translation>PPAP lebih dibentuk</translation>
    </message>
    <message>
        <source>month end releases it (Dr 1149 / Cr 5290)</source>
        <translation>dikembalikan saat tutup bulan (Dr 1149 / Cr 5290)</translation>
    </message>
    <message>
        <source>none: booked as needed</source>
        <translation>tidak ada: sudah sesuai</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Harus ditagih</translation>
    </message>
    <message>
        <source>Overdue installments {overdue} + denda {denda}; oldest due {date}</source>
        <translation>Angsuran tertunggak {overdue} + denda {denda}; jatuh tempo tertua {date}</translation>
    </message>
    <message>
        <source>Arrears list</source>
        <translation>Daftar tunggakan</translation>
    </message>
    <message>
        <source>Position at the end of</source>
        <translation>Posisi pada akhir</translation>
    </message>
    <message>
        <source>Collectibility and allowance (PPAP)</source>
        <translation>Kolektibilitas dan PPAP</translation>
    </message>
    <message>
        <source>Aging of arrears</source>
        <translation>Umur tunggakan</translation>
    </message>
    <message>
        <source>Collectibility and aging</source>
        <translation>Kolektibilitas dan umur tunggakan</translation>
    </message>
    <message>
        <source>Going through the loans…</source>
        <translation>Memeriksa semua pinjaman…</translation>
    </message>
    <message>
        <source>outstanding of {n} loan(s)</source>
        <translation>sisa pokok {n} pinjaman</translation>
    </message>
    <message>
        <source>&lt;b&gt;NPL&lt;/b&gt; = (Kurang Lancar + Diragukan + Macet) ÷ outstanding = {bad} ÷ {total} = &lt;b&gt;{ratio}&lt;/b&gt;, {label}.&lt;br&gt;Juknis 15/2021: ≤ 5% healthy · 5–10% fairly healthy · 10–15% less healthy · &gt; 15% unhealthy.</source>
        <translation>&lt;b&gt;NPL&lt;/b&gt; = (Kurang Lancar + Diragukan + Macet) ÷ sisa pokok = {bad} ÷ {total} = &lt;b&gt;{ratio}&lt;/b&gt;, {label}.&lt;br&gt;Juknis 15/2021: ≤ 5% sehat · 5–10% cukup sehat · 10–15% kurang sehat · &gt; 15% tidak sehat.</translation>
    </message>
    <message>
        <source>Allowance: Lancar on the whole outstanding, the other classes on the outstanding less the collateral value. Month end books the difference between what is needed and what is on account 1149.</source>
        <translation>PPAP: Lancar dari seluruh sisa pokok, golongan lain dari sisa pokok dikurangi nilai agunan. Tutup bulan membukukan selisih antara yang wajib dibentuk dan saldo akun 1149.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>On {date}: loans late {n} of {running}, to collect {amount}</source>
        <translation>Per {date}: {n} dari {running} pinjaman menunggak, harus ditagih {amount}</translation>
    </message>
    <message>
        <source>Arrears list ({n})</source>
        <translation>Daftar tunggakan ({n})</translation>
    </message>
    <message>
        <source>Arrears list on {date}</source>
        <translation>Daftar tunggakan per {date}</translation>
    </message>
    <message>
        <source>Portfolio quality on {date}</source>
        <translation>Kualitas pinjaman per {date}</translation>
    </message>
</context>
<context>
    <name>LoanProductDialog</name>
    <message>
        <source>Change loan product</source>
        <translation>Ubah produk pinjaman</translation>
    </message>
    <message>
        <source>New loan product</source>
        <translation>Produk pinjaman baru</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Collateral (agunan) is required</source>
        <translation>Wajib ada agunan</translation>
    </message>
    <message>
        <source>— nothing withheld —</source>
        <translation>— tidak ada yang ditahan —</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Suku bunga</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Term allowed</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Round installments up to</source>
        <translation>Bulatkan angsuran ke atas ke</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>Provisi (% of principal)</source>
        <translation>Provisi (% dari pokok)</translation>
    </message>
    <message>
        <source>% and/or Rp</source>
        <translation>% dan/atau Rp</translation>
    </message>
    <message>
        <source>Administrasi</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <source>% into</source>
        <translation>% ke</translation>
    </message>
    <message>
        <source>Withheld savings</source>
        <translation>Simpanan ditahan</translation>
    </message>
    <message>
        <source>Fees and withheld savings are taken from the cash paid out.</source>
        <translation>Biaya dan simpanan yang ditahan dipotong dari uang yang dicairkan.</translation>
    </message>
    <message>
        <source>At disbursement</source>
        <translation>Saat pencairan</translation>
    </message>
    <message>
        <source>Late penalty (denda)</source>
        <translation>Denda keterlambatan</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Besar denda</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Masa tenggang</translation>
    </message>
    <message>
        <source>A payment pays</source>
        <translation>Pembayaran untuk</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Kelebihan bayar</translation>
    </message>
    <message>
        <source>Early payoff charges</source>
        <translation>Pelunasan dipercepat dikenai</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Changes apply to applications made from now on; loans already applied for keep their terms.</source>
        <translation>Perubahan berlaku untuk permohonan mulai sekarang; pinjaman yang sudah diajukan tetap memakai syaratnya.</translation>
    </message>
    <message>
        <source>Example: {principal} over 12 months → first installment {installment}, total interest {interest}, cash paid out {cash}.</source>
        <translation>Contoh: {principal} selama 12 bulan → angsuran pertama {installment}, jumlah bunga {interest}, diterima tunai {cash}.</translation>
    </message>
</context>
<context>
    <name>LoanProductsPanel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Bunga</translation>
    </message>
    <message>
        <source>{rate} {per}, {method}; installments rounded up to {unit}</source>
        <translation>{rate} {per}, {method}; angsuran dibulatkan ke atas ke {unit}</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>{min}–{max} months</source>
        <translation>{min}–{max} bulan</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Late penalty</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Agunan</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>tidak wajib</translation>
    </message>
    <message>
        <source>New loan product…</source>
        <translation>Produk pinjaman baru…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>The loan products the cooperative offers. A change applies to applications made from then on; loans already applied for keep the terms they were given. Interest is income when it is paid (cash basis).</source>
        <translation>Produk pinjaman yang ditawarkan koperasi. Perubahan berlaku untuk permohonan berikutnya; pinjaman yang sudah diajukan tetap memakai syarat semula. Bunga menjadi pendapatan saat dibayar (basis kas).</translation>
    </message>
    <message>
        <source>provisi {pct}</source>
        <translation>provisi {pct}</translation>
    </message>
    <message>
        <source>admin {amount}</source>
        <translation>administrasi {amount}</translation>
    </message>
    <message>
        <source>withheld {pct}</source>
        <translation>ditahan {pct}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>{amount} per day</source>
        <translation>{amount} per hari</translation>
    </message>
    <message>
        <source>{pct} per day</source>
        <translation>{pct} per hari</translation>
    </message>
    <message>
        <source>{pct} per month</source>
        <translation>{pct} per bulan</translation>
    </message>
    <message>
        <source>{amount} after {days} days</source>
        <translation>{amount} setelah {days} hari</translation>
    </message>
</context>
<context>
    <name>LoanRepaymentDialog</name>
    <message>
        <source>Loan repayment</source>
        <translation>Angsuran pinjaman</translation>
    </message>
    <message>
        <source>Pay installments</source>
        <translation>Bayar angsuran</translation>
    </message>
    <message>
        <source>Pay off the whole loan (lunasi)</source>
        <translation>Lunasi seluruh pinjaman</translation>
    </message>
    <message>
        <source>Installments late</source>
        <translation>Angsuran tertunggak</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>Pokok jatuh tempo</translation>
    </message>
    <message>
        <source>Interest due</source>
        <translation>Bunga jatuh tempo</translation>
    </message>
    <message>
        <source>Late penalty (denda)</source>
        <translation>Denda keterlambatan</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Jumlah tagihan</translation>
    </message>
    <message>
        <source>Outstanding principal</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>To pay off today</source>
        <translation>Pelunasan hari ini</translation>
    </message>
    <message>
        <source>Early payoff charges: {rule}.</source>
        <translation>Pelunasan dipercepat: {rule}.</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Amount received (Rp)</source>
        <translation>Jumlah diterima (Rp)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Angsuran ke</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Denda</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Bunga</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Paid now</source>
        <translation>Dibayar sekarang</translation>
    </message>
    <message>
        <source>Still owed after</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>nothing: paid</source>
        <translation>lunas</translation>
    </message>
    <message>
        <source>Save payment</source>
        <translation>Simpan pembayaran</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>How the amount is split</source>
        <translation>Pembagian pembayaran</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>Tagihan per {date}</translation>
    </message>
    <message>
        <source>Pay off the loan</source>
        <translation>Lunasi pinjaman</translation>
    </message>
    <message>
        <source>Type the amount the member pays.</source>
        <translation>Ketik jumlah yang dibayar anggota.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Denda {denda} + interest {interest} + principal {principal} = &lt;b&gt;{total}&lt;/b&gt;. Outstanding principal afterwards: &lt;b&gt;{after}&lt;/b&gt;.</source>
        <translation>Denda {denda} + bunga {interest} + pokok {principal} = &lt;b&gt;{total}&lt;/b&gt;. Sisa pokok sesudahnya: &lt;b&gt;{after}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{amount} more than is due goes to the member&apos;s simpanan sukarela.</source>
        <translation>Kelebihan {amount} masuk ke simpanan sukarela anggota.</translation>
    </message>
    <message>
        <source>Interest not charged for paying off early: {amount}.</source>
        <translation>Bunga yang tidak ditagih karena pelunasan dipercepat: {amount}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Payment saved</source>
        <translation>Pembayaran tersimpan</translation>
    </message>
    <message>
        <source>Voucher {voucher} posted on {date} for loan {number}.</source>
        <translation>Bukti {voucher} dibukukan tanggal {date} untuk pinjaman {number}.</translation>
    </message>
    <message>
        <source>The loan is now paid off (lunas).</source>
        <translation>Pinjaman sekarang lunas.</translation>
    </message>
    <message>
        <source>Denda {denda} · interest {interest} · principal {principal}</source>
        <translation>Denda {denda} · bunga {interest} · pokok {principal}</translation>
    </message>
    <message>
        <source>to sukarela {amount}</source>
        <translation>ke sukarela {amount}</translation>
    </message>
    <message>
        <source>Receipt for the member</source>
        <translation>Bukti untuk anggota</translation>
    </message>
</context>
<context>
    <name>LoansSection</name>
    <message>
        <source>← Loans (Esc)</source>
        <translation>← Daftar pinjaman (Esc)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Approval and payout</source>
        <translation>Persetujuan dan pencairan</translation>
    </message>
    <message>
        <source>Portfolio quality</source>
        <translation>Kualitas pinjaman</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User: {user}</source>
        <translation>Pengguna: {user}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Cash and bank</source>
        <translation>Kas &amp; Bank</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Financial statements</source>
        <translation>Laporan Keuangan</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>Neraca Saldo</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>Aset Tetap</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Tutup Bulan</translation>
    </message>
    <message>
        <source>Year end &amp; RAT</source>
        <translation>Tutup Buku &amp; RAT</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Cash count…</source>
        <translation>Kas opname…</translation>
    </message>
    <message>
        <source>Count the notes and coins in the cash box against the books (kas opname)</source>
        <translation>Hitung uang kertas dan logam di kas dan cocokkan dengan pembukuan (kas opname)</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>General journal entry</source>
        <translation>Jurnal umum</translation>
    </message>
    <message>
        <source>e.g. Bought paper and ink for the office</source>
        <translation>mis. Beli kertas dan tinta untuk kantor</translation>
    </message>
    <message>
        <source>Account (code or name)</source>
        <translation>Akun (kode atau nama)</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Line note</source>
        <translation>Catatan baris</translation>
    </message>
    <message>
        <source>Add line (Ctrl+L)</source>
        <translation>Tambah baris (Ctrl+L)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Save entry (Ctrl+S)</source>
        <translation>Simpan jurnal (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Savings accounts (pokok, wajib, sukarela) are not offered here: they change only through deposits, withdrawals and month end.</source>
        <translation>Akun simpanan (pokok, wajib, sukarela) tidak tersedia di sini: akun itu hanya berubah lewat setoran, penarikan dan tutup bulan.</translation>
    </message>
    <message>
        <source>Debit {debit} · Credit {credit} · Difference {difference}</source>
        <translation>Debit {debit} · Kredit {credit} · Selisih {difference}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member profile</source>
        <translation>Ubah profil anggota</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 digit, sesuai KTP</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Register member</source>
        <translation>Daftarkan anggota</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Edit member {number}</source>
        <translation>Ubah profil anggota {number}</translation>
    </message>
    <message>
        <source>Gender and date of birth are filled in from the NIK; check them against the KTP.</source>
        <translation>Jenis kelamin dan tanggal lahir diisi otomatis dari NIK; cocokkan dengan KTP.</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>← Members (Esc)</source>
        <translation>← Daftar anggota (Esc)</translation>
    </message>
    <message>
        <source>Deposit (F2)</source>
        <translation>Setor (F2)</translation>
    </message>
    <message>
        <source>Withdraw (F3)</source>
        <translation>Tarik (F3)</translation>
    </message>
    <message>
        <source>Apply for a loan…</source>
        <translation>Ajukan pinjaman…</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Ubah profil</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>Keluar dari keanggotaan…</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Tempat, tgl. lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Simpanan pokok</source>
        <translation>Simpanan pokok</translation>
    </message>
    <message>
        <source>Simpanan wajib</source>
        <translation>Simpanan wajib</translation>
    </message>
    <message>
        <source>Simpanan sukarela</source>
        <translation>Simpanan sukarela</translation>
    </message>
    <message>
        <source>Total savings</source>
        <translation>Total simpanan</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>No. bukti</translation>
    </message>
    <message>
        <source>Balance of product</source>
        <translation>Saldo produk</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>Cetak ulang bukti</translation>
    </message>
    <message>
        <source>Savings history</source>
        <translation>Riwayat simpanan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kolektibilitas</translation>
    </message>
    <message>
        <source>Enter or a double click opens the loan: schedule, payments, repayment at the teller.</source>
        <translation>Enter atau klik dua kali membuka pinjaman: jadwal, pembayaran, angsuran di kasir.</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Semua produk</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} sejak {date}</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>Pernyataan penyelesaian</translation>
    </message>
    <message>
        <source>Membership has ended; balances are what remained after the settlement.</source>
        <translation>Keanggotaan sudah berakhir; saldo di atas adalah sisa setelah penyelesaian.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wajib arrears:&lt;/b&gt; {count} month(s), {amount} ({months})</source>
        <translation>&lt;b&gt;Tunggakan wajib:&lt;/b&gt; {count} bulan, {amount} ({months})</translation>
    </message>
    <message>
        <source>No wajib arrears.</source>
        <translation>Tidak ada tunggakan wajib.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loans:&lt;/b&gt; {count} running, outstanding {amount}.</source>
        <translation>&lt;b&gt;Pinjaman:&lt;/b&gt; {count} berjalan, sisa pokok {amount}.</translation>
    </message>
    <message>
        <source>{number} is {days} late ({cls}).</source>
        <translation>{number} terlambat {days} ({cls}).</translation>
    </message>
    <message>
        <source>{count} application(s) waiting.</source>
        <translation>{count} permohonan menunggu.</translation>
    </message>
    <message>
        <source>Receipt {voucher}</source>
        <translation>Bukti {voucher}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search by number, name or NIK  (Ctrl+F)</source>
        <translation>Cari nomor, nama atau NIK  (Ctrl+F)</translation>
    </message>
    <message>
        <source>New member (Ctrl+N)</source>
        <translation>Anggota baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Impor dari Excel…</translation>
    </message>
    <message>
        <source>Bring over the member list kept in Excel, with opening balances</source>
        <translation>Pindahkan daftar anggota dari Excel, beserta saldo awalnya</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation>{shown} dari {total} anggota</translation>
    </message>
    <message>
        <source>{total} members</source>
        <translation>{total} anggota</translation>
    </message>
    <message>
        <source>Member {number} {name} is registered. Press Enter to open the member&apos;s page and take the simpanan pokok.</source>
        <translation>Anggota {number} {name} sudah terdaftar. Tekan Enter untuk membuka halaman anggota dan menerima simpanan pokok.</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>← Member (Esc)</source>
        <translation>← Anggota (Esc)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <source>CoopDesk could not read or write the books: {reason}.

Close other programs that use the file, check that the disk is not full, and try again.</source>
        <translation>CoopDesk tidak dapat membaca atau menulis pembukuan: {reason}.

Tutup program lain yang membuka file ini, pastikan disk tidak penuh, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The books cannot be used right now</source>
        <translation>Pembukuan tidak dapat dipakai saat ini</translation>
    </message>
    <message>
        <source>Something went wrong inside CoopDesk. Nothing was half-saved: a posting is saved completely or not at all.

Please report this with the details below.</source>
        <translation>Terjadi kesalahan di dalam CoopDesk. Tidak ada yang tersimpan setengah: setiap pembukuan tersimpan utuh atau tidak sama sekali.

Mohon laporkan kejadian ini beserta rincian di bawah.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
</context>
<context>
    <name>MonthEndPage</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Balance for interest</source>
        <translation>Saldo dasar jasa</translation>
    </message>
    <message>
        <source>Gross interest</source>
        <translation>Jasa bruto</translation>
    </message>
    <message>
        <source>Final tax (PPh)</source>
        <translation>PPh final</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Dikreditkan</translation>
    </message>
    <message>
        <source>Wajib owed</source>
        <translation>Tunggakan wajib</translation>
    </message>
    <message>
        <source>Sukarela interest per member</source>
        <translation>Jasa simpanan sukarela per anggota</translation>
    </message>
    <message>
        <source>Members in wajib arrears</source>
        <translation>Anggota dengan tunggakan wajib</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Tutup Bulan</translation>
    </message>
    <message>
        <source>Month end bills simpanan wajib for every member, posts the interest on sukarela savings (lowest balance of the month) with the final tax withheld, brings the loan allowance (PPAP) to what the loans&apos; collectibility needs, and lists who is behind with wajib. Run it once a month, in order; running it again for the same month changes nothing and shows what was done.</source>
        <translation>Tutup bulan menagihkan simpanan wajib setiap anggota, membukukan jasa simpanan sukarela (saldo terendah bulan itu) dengan memotong PPh final, menyesuaikan PPAP pinjaman dengan kolektibilitasnya, dan menampilkan anggota yang menunggak wajib. Jalankan sekali sebulan, berurutan; menjalankannya lagi untuk bulan yang sama tidak mengubah apa pun dan menampilkan hasilnya.</translation>
    </message>
    <message>
        <source>Withholding slips for {month}</source>
        <translation>Bukti potong PPh bulan {month}</translation>
    </message>
    <message>
        <source>Run month end for {month}? This bills wajib, posts sukarela interest and adjusts the loan allowance; it is done once per month.</source>
        <translation>Jalankan tutup bulan {month}? Ini menagihkan wajib, membukukan jasa sukarela dan menyesuaikan PPAP pinjaman; dilakukan sekali sebulan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loan allowance (PPAP):&lt;/b&gt; no loans were running; nothing to book.</source>
        <translation>&lt;b&gt;PPAP pinjaman:&lt;/b&gt; tidak ada pinjaman berjalan; tidak ada yang dibukukan.</translation>
    </message>
    <message>
        <source>{amount} more booked (Dr 5290 / Cr 1149)</source>
        <translation>tambahan {amount} dibukukan (Dr 5290 / Cr 1149)</translation>
    </message>
    <message>
        <source>{amount} released (Dr 1149 / Cr 5290)</source>
        <translation>{amount} dikembalikan (Dr 1149 / Cr 5290)</translation>
    </message>
    <message>
        <source>no adjustment needed</source>
        <translation>tidak perlu penyesuaian</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loan allowance (PPAP):&lt;/b&gt; needed {needed} · booked before {booked} · {change} · voucher &lt;b&gt;{voucher}&lt;/b&gt;</source>
        <translation>&lt;b&gt;PPAP pinjaman:&lt;/b&gt; wajib dibentuk {needed} · sudah dibentuk sebelumnya {booked} · {change} · bukti &lt;b&gt;{voucher}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Depreciation of fixed assets:&lt;/b&gt; nothing due this month.</source>
        <translation>&lt;b&gt;Penyusutan aset tetap:&lt;/b&gt; tidak ada untuk bulan ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Depreciation of fixed assets:&lt;/b&gt; {amount} for {assets} asset(s) (Dr 5270) · voucher &lt;b&gt;{voucher}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Penyusutan aset tetap:&lt;/b&gt; {amount} untuk {assets} aset (Dr 5270) · bukti &lt;b&gt;{voucher}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{month}  (done)</source>
        <translation>{month}  (sudah)</translation>
    </message>
    <message>
        <source>Withholding slips (bukti potong)</source>
        <translation>Cetak bukti potong PPh</translation>
    </message>
    <message>
        <source>Show what was done</source>
        <translation>Lihat hasilnya</translation>
    </message>
    <message>
        <source>Run month end</source>
        <translation>Jalankan tutup bulan</translation>
    </message>
    <message>
        <source>This month has not been run yet.</source>
        <translation>Bulan ini belum ditutup.</translation>
    </message>
    <message>
        <source>Running month end…</source>
        <translation>Menjalankan tutup bulan…</translation>
    </message>
    <message>
        <source>Month end for {month} had already been run; nothing was changed. These are the results of that run.</source>
        <translation>Tutup bulan {month} sudah pernah dijalankan; tidak ada yang diubah. Berikut hasil saat itu.</translation>
    </message>
    <message>
        <source>Month end for {month} is done.</source>
        <translation>Tutup bulan {month} selesai.</translation>
    </message>
    <message>
        <source>Wajib obligations created: &lt;b&gt;{created}&lt;/b&gt; · Interest voucher: &lt;b&gt;{voucher}&lt;/b&gt;&lt;br&gt;Gross interest {gross} · final tax withheld {tax} · credited to members {net} · members in arrears: {arrears}</source>
        <translation>Tagihan wajib dibuat: &lt;b&gt;{created}&lt;/b&gt; · Bukti jasa: &lt;b&gt;{voucher}&lt;/b&gt;&lt;br&gt;Jasa bruto {gross} · PPh final dipotong {tax} · dikreditkan ke anggota {net} · anggota menunggak: {arrears}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <source>Pengurus</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <source>Pengawas</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Sharia supervisor (DPS)</source>
        <translation>Dewan Pengawas Syariah (DPS)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sebutan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>e.g. Ketua, Bendahara, Kasir</source>
        <translation>mis. Ketua, Bendahara, Kasir</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Serving since</source>
        <translation>Menjabat sejak</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Tambah pengurus/karyawan</translation>
    </message>
    <message>
        <source>End service of the selected officer</source>
        <translation>Akhiri masa tugas yang dipilih</translation>
    </message>
    <message>
        <source>Service ends on</source>
        <translation>Masa tugas berakhir pada</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>Pengurus/karyawan baru</translation>
    </message>
</context>
<context>
    <name>PostShuDialog</name>
    <message>
        <source>Posting SHU</source>
        <translation>Posting SHU</translation>
    </message>
    <message>
        <source>Pay in cash</source>
        <translation>Bayar tunai</translation>
    </message>
    <message>
        <source>Credit to the members&apos; simpanan sukarela</source>
        <translation>Kreditkan ke simpanan sukarela anggota</translation>
    </message>
    <message>
        <source>Pay later (shares wait in 2121)</source>
        <translation>Bayar nanti (bagian menunggu di 2121)</translation>
    </message>
    <message>
        <source>Members who have left are paid in cash either way.</source>
        <translation>Anggota yang sudah keluar tetap dibayar tunai.</translation>
    </message>
    <message>
        <source>SHU {year}</source>
        <translation>SHU {year}</translation>
    </message>
    <message>
        <source>To members</source>
        <translation>Untuk anggota</translation>
    </message>
    <message>
        <source>{amount} to {count} members</source>
        <translation>{amount} untuk {count} anggota</translation>
    </message>
    <message>
        <source>RAT date</source>
        <translation>Tanggal RAT</translation>
    </message>
    <message>
        <source>Members&apos; shares</source>
        <translation>Bagian anggota</translation>
    </message>
    <message>
        <source>Pay the members</source>
        <translation>Bayar anggota</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Pay the SHU of {year}</source>
        <translation>Bayar SHU {year}</translation>
    </message>
    <message>
        <source>Post the SHU of {year}</source>
        <translation>Posting SHU {year}</translation>
    </message>
    <message>
        <source>Post after the RAT approved the allocation: one entry dated the RAT day moves the SHU from 3180 to the reserve, the funds and 2121 (the members&apos; shares). Posted SHU cannot be reversed and the year can no longer be re-opened.</source>
        <translation>Posting setelah RAT menyetujui pembagian: satu jurnal bertanggal hari RAT memindahkan SHU dari 3180 ke cadangan, dana-dana dan 2121 (bagian anggota). SHU yang sudah diposting tidak dapat dibalik dan tahun buku tidak dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Posting the SHU…</source>
        <translation>Memposting SHU…</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Excel row</source>
        <translation>Baris Excel</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Pokok (Rp)</source>
        <translation>Pokok (Rp)</translation>
    </message>
    <message>
        <source>Wajib (Rp)</source>
        <translation>Wajib (Rp)</translation>
    </message>
    <message>
        <source>Sukarela (Rp)</source>
        <translation>Sukarela (Rp)</translation>
    </message>
    <message>
        <source>The row number in the Excel file, to find the member there</source>
        <translation>Nomor baris di file Excel, untuk menemukan anggota di sana</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naik</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>T&amp;urun</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>RatBookPanel</name>
    <message>
        <source>Also make the Excel workbook (one sheet per table)</source>
        <translation>Buat juga buku kerja Excel (satu sheet per tabel)</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Buka PDF</translation>
    </message>
    <message>
        <source>Open the Excel workbook</source>
        <translation>Buka buku kerja Excel</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Buka foldernya</translation>
    </message>
    <message>
        <source>The RAT book (Laporan Pertanggungjawaban Pengurus) puts together everything the members&apos; meeting reads: the pengurus&apos; report, organisation, membership, savings and loans, collectibility, the financial statements compared with last year, the SHU with the list per member, the supervisor&apos;s report and next year&apos;s budget. Fill in the texts, the organisation and the RAPB in the other steps first; what is still missing is listed here when the book is made.</source>
        <translation>Buku RAT (Laporan Pertanggungjawaban Pengurus) menghimpun semua yang dibaca rapat anggota: laporan pengurus, organisasi, keanggotaan, simpanan dan pinjaman, kolektibilitas, laporan keuangan dibanding tahun lalu, SHU dengan daftar per anggota, laporan pengawas dan anggaran tahun depan. Isi dulu teks, organisasi dan RAPB di langkah lain; yang masih kurang didaftar di sini saat buku dibuat.</translation>
    </message>
    <message>
        <source>Make the RAT book {year}</source>
        <translation>Buat Buku RAT {year}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <source>The RAT book is ready: {pages} pages in {seconds} s, saved as {name}.</source>
        <translation>Buku RAT selesai: {pages} halaman dalam {seconds} detik, disimpan sebagai {name}.</translation>
    </message>
    <message>
        <source>Still missing (the book says so where it matters):</source>
        <translation>Masih kurang (buku menyebutkannya di tempatnya):</translation>
    </message>
    <message>
        <source>The RAT book could not be saved: {reason}. Close it in the PDF viewer and try again.</source>
        <translation>Buku RAT tidak dapat disimpan: {reason}. Tutup di penampil PDF lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery on a written-off loan</source>
        <translation>Penerimaan pinjaman hapus buku</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Still to recover</source>
        <translation>Sisa yang belum diterima</translation>
    </message>
    <message>
        <source>Amount received (Rp)</source>
        <translation>Jumlah diterima (Rp)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Save recovery</source>
        <translation>Simpan penerimaan</translation>
    </message>
    <message>
        <source>Recovery on loan {number}</source>
        <translation>Penerimaan pinjaman {number}</translation>
    </message>
    <message>
        <source>Money received on a loan that was written off is other income (Dr Kas / Cr 4290); the loan stays written off.</source>
        <translation>Uang yang diterima dari pinjaman yang sudah dihapusbukukan adalah pendapatan lain-lain (Dr Kas / Cr 4290); pinjaman tetap berstatus hapus buku.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject application</source>
        <translation>Tolak permohonan</translation>
    </message>
    <message>
        <source>e.g. income too small for the installment</source>
        <translation>mis. penghasilan tidak cukup untuk angsuran</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Re-open {year}</source>
        <translation>Buka kembali {year}</translation>
    </message>
    <message>
        <source>e.g. the auditor found an expense booked in the wrong year</source>
        <translation>mis. auditor menemukan beban yang dibukukan di tahun yang salah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Re-open the year</source>
        <translation>Buka kembali tahun buku</translation>
    </message>
    <message>
        <source>Re-opening reverses the closing entry and lets postings into {year} again. Only an administrator can do it; who did it, when and why is kept in the year&apos;s history. Close the year again when the correction is made.</source>
        <translation>Membuka kembali membalik jurnal penutup sehingga {year} dapat diposting lagi. Hanya administrator yang dapat melakukannya; siapa, kapan dan mengapa disimpan dalam riwayat tahun ini. Tutup tahun buku lagi setelah koreksi dibuat.</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Correct entry {voucher}</source>
        <translation>Koreksi jurnal {voucher}</translation>
    </message>
    <message>
        <source>e.g. amount typed wrongly, member paid 50.000 not 500.000</source>
        <translation>mis. salah ketik jumlah, anggota menyetor 50.000 bukan 500.000</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Date of the correction</source>
        <translation>Tanggal koreksi</translation>
    </message>
    <message>
        <source>Post the correction</source>
        <translation>Bukukan koreksi</translation>
    </message>
    <message>
        <source>Reverse with a reason</source>
        <translation>Koreksi (balik) dengan alasan</translation>
    </message>
    <message>
        <source>Posted entries are never changed. A correcting entry with the opposite amounts cancels this one, and savings it moved are moved back. Post the right entry afterwards if needed.</source>
        <translation>Jurnal yang sudah dibukukan tidak pernah diubah. Jurnal koreksi dengan jumlah berlawanan membatalkan jurnal ini, dan simpanan yang terpengaruh dikembalikan. Bila perlu, bukukan transaksi yang benar sesudahnya.</translation>
    </message>
</context>
<context>
    <name>SavingsDialog</name>
    <message>
        <source>Deposit</source>
        <translation>Setoran</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Savings deposit</source>
        <translation>Setoran simpanan</translation>
    </message>
    <message>
        <source>Savings withdrawal</source>
        <translation>Penarikan simpanan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Savings product</source>
        <translation>Jenis simpanan</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Save deposit</source>
        <translation>Simpan setoran</translation>
    </message>
    <message>
        <source>Save withdrawal</source>
        <translation>Simpan penarikan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>This member has no product that can be withdrawn.</source>
        <translation>Anggota ini tidak memiliki simpanan yang dapat ditarik.</translation>
    </message>
    <message>
        <source>Available balance: {balance}</source>
        <translation>Saldo yang dapat ditarik: {balance}</translation>
    </message>
    <message>
        <source>Simpanan pokok is {fixed}; paid so far {paid}.</source>
        <translation>Simpanan pokok {fixed}; sudah dibayar {paid}.</translation>
    </message>
    <message>
        <source>Wajib arrears: {months} month(s), {amount}. Balance {balance}.</source>
        <translation>Tunggakan wajib: {months} bulan, {amount}. Saldo {balance}.</translation>
    </message>
    <message>
        <source>No wajib arrears. Balance {balance}.</source>
        <translation>Tidak ada tunggakan wajib. Saldo {balance}.</translation>
    </message>
    <message>
        <source>Balance: {balance}</source>
        <translation>Saldo: {balance}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Deposit saved</source>
        <translation>Setoran tersimpan</translation>
    </message>
    <message>
        <source>Withdrawal saved</source>
        <translation>Penarikan tersimpan</translation>
    </message>
    <message>
        <source>Voucher {voucher} posted on {date}.</source>
        <translation>Bukti {voucher} dibukukan tanggal {date}.</translation>
    </message>
    <message>
        <source>Receipt for the member</source>
        <translation>Bukti untuk anggota</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s CoopDesk; receipts follow it too.</source>
        <translation>Bahasa CoopDesk di komputer ini; bukti transaksi juga mengikutinya.</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Bagan Akun</translation>
    </message>
    <message>
        <source>Loan products</source>
        <translation>Produk pinjaman</translation>
    </message>
    <message>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>ShuPanel</name>
    <message>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <source>Search member number or name</source>
        <translation>Cari nomor atau nama anggota</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Ekspor Excel</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Print slips (PDF)</source>
        <translation>Cetak slip (PDF)</translation>
    </message>
    <message>
        <source>Posting SHU…</source>
        <translation>Posting SHU…</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <source>to members by capital</source>
        <translation>untuk anggota menurut modal</translation>
    </message>
    <message>
        <source>to members by business</source>
        <translation>untuk anggota menurut usaha</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>dana</translation>
    </message>
    <message>
        <source>Pay the members…</source>
        <translation>Bayar anggota…</translation>
    </message>
    <message>
        <source>SHU {year}</source>
        <translation>SHU {year}</translation>
    </message>
    <message>
        <source>Computing the SHU…</source>
        <translation>Menghitung SHU…</translation>
    </message>
    <message>
        <source>The books of {year} are not closed yet. SHU is shared only from a closed year: run the year-end checklist and close {year} first.</source>
        <translation>Buku tahun {year} belum ditutup. SHU hanya dibagi dari tahun yang sudah ditutup: jalankan daftar periksa akhir tahun dan tutup {year} dulu.</translation>
    </message>
    <message>
        <source>Principal disbursed</source>
        <translation>Pokok dicairkan</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>Jasa dibayar</translation>
    </message>
    <message>
        <source>SHU {year}: &lt;b&gt;{shu}&lt;/b&gt;&lt;br&gt;from business with members: &lt;b&gt;{member}&lt;/b&gt;; with non-members: {nonmember}&lt;br&gt;Jasa modal pool {jm} · Jasa usaha pool {ju}</source>
        <translation>SHU {year}: &lt;b&gt;{shu}&lt;/b&gt;&lt;br&gt;dari usaha dengan anggota: &lt;b&gt;{member}&lt;/b&gt;; dengan non-anggota: {nonmember}&lt;br&gt;Dana jasa modal {jm} · Dana jasa usaha {ju}</translation>
    </message>
    <message>
        <source>{year} closed without SHU ({shu}): there is nothing to share.</source>
        <translation>{year} ditutup tanpa SHU ({shu}): tidak ada yang dibagi.</translation>
    </message>
    <message>
        <source>Not posted yet. After the RAT approves the allocation, use &quot;Posting SHU&quot;.</source>
        <translation>Belum diposting. Setelah RAT menyetujui pembagian, gunakan &quot;Posting SHU&quot;.</translation>
    </message>
    <message>
        <source>Posted {voucher} (RAT {date}), but the SHU settings were changed since: this sheet is not what was posted. Restore the settings.</source>
        <translation>Diposting {voucher} (RAT {date}), tetapi pengaturan SHU telah diubah sejak itu: lembar ini bukan yang diposting. Kembalikan pengaturannya.</translation>
    </message>
    <message>
        <source>Posted {voucher} (RAT {date}); the members are not paid yet.</source>
        <translation>Diposting {voucher} (RAT {date}); anggota belum dibayar.</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>to simpanan sukarela</source>
        <translation>ke simpanan sukarela</translation>
    </message>
    <message>
        <source> ({n} former members in cash)</source>
        <translation> ({n} mantan anggota secara tunai)</translation>
    </message>
    <message>
        <source>Posted {voucher} (RAT {date}); paid {payout} {mode}: {count} members, {amount}.</source>
        <translation>Diposting {voucher} (RAT {date}); dibayar {payout} {mode}: {count} anggota, {amount}.</translation>
    </message>
    <message>
        <source> · grey: former members (paid in cash)</source>
        <translation> · abu-abu: mantan anggota (dibayar tunai)</translation>
    </message>
    <message>
        <source>{shown} of {count} members · jasa modal {jm} · jasa usaha {ju} · total {total}</source>
        <translation>{shown} dari {count} anggota · jasa modal {jm} · jasa usaha {ju} · jumlah {total}</translation>
    </message>
    <message>
        <source>SHU working sheet {year}</source>
        <translation>Lembar kerja SHU {year}</translation>
    </message>
    <message>
        <source>SHU slips {year}</source>
        <translation>Slip SHU {year}</translation>
    </message>
</context>
<context>
    <name>ShuSettingsPanel</name>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>Tambah pos</translation>
    </message>
    <message>
        <source>Remove post</source>
        <translation>Hapus pos</translation>
    </message>
    <message>
        <source>Default table</source>
        <translation>Tabel bawaan</translation>
    </message>
    <message>
        <source>At 31 December</source>
        <translation>Per 31 Desember</translation>
    </message>
    <message>
        <source>Average of the 12 month ends</source>
        <translation>Rata-rata 12 akhir bulan</translation>
    </message>
    <message>
        <source>Simpanan pokok + wajib</source>
        <translation>Simpanan pokok + wajib</translation>
    </message>
    <message>
        <source>Simpanan pokok + wajib + sukarela</source>
        <translation>Simpanan pokok + wajib + sukarela</translation>
    </message>
    <message>
        <source>Loan interest paid in the year</source>
        <translation>Jasa pinjaman yang dibayar dalam tahun</translation>
    </message>
    <message>
        <source>Loan principal disbursed in the year</source>
        <translation>Pokok pinjaman yang dicairkan dalam tahun</translation>
    </message>
    <message>
        <source>Capital for jasa modal</source>
        <translation>Modal untuk jasa modal</translation>
    </message>
    <message>
        <source>Capital measured</source>
        <translation>Modal diukur</translation>
    </message>
    <message>
        <source>Business for jasa usaha</source>
        <translation>Usaha untuk jasa usaha</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>SHU allocation (from the bylaws)</source>
        <translation>Pembagian SHU (menurut AD/ART)</translation>
    </message>
    <message>
        <source>The percentages must total exactly 100. Exactly one post is shared to members by capital (jasa modal) and one by business (jasa usaha); their account is usually 2121. Only the SHU from business with members goes to members: the non-members&apos; part of these two posts is added to the reserve.</source>
        <translation>Persentase harus berjumlah tepat 100. Tepat satu pos dibagi kepada anggota menurut modal (jasa modal) dan satu menurut usaha (jasa usaha); akunnya biasanya 2121. Hanya SHU dari usaha dengan anggota yang dibagi kepada anggota: bagian non-anggota dari kedua pos ini ditambahkan ke cadangan.</translation>
    </message>
    <message>
        <source>Average of the month ends: a member who joined during the year counts 0 for the months before joining, one who left counts 0 for the months after leaving.</source>
        <translation>Rata-rata akhir bulan: anggota yang masuk di tengah tahun dihitung 0 untuk bulan sebelum masuk, yang keluar dihitung 0 untuk bulan setelah keluar.</translation>
    </message>
    <message>
        <source>Reserve (cadangan)</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Jasa modal (by capital)</source>
        <translation>Jasa modal (menurut modal)</translation>
    </message>
    <message>
        <source>Jasa usaha (by business)</source>
        <translation>Jasa usaha (menurut usaha)</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Total: ?</source>
        <translation>Jumlah: ?</translation>
    </message>
    <message>
        <source>Total: {total} %</source>
        <translation>Jumlah: {total} %</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>The SHU settings were saved.</source>
        <translation>Pengaturan SHU telah disimpan.</translation>
    </message>
</context>
<context>
    <name>ShuSheetModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Jasa modal (exact)</source>
        <translation>JM tepat</translation>
    </message>
    <message>
        <source>Jasa modal</source>
        <translation>Jasa modal</translation>
    </message>
    <message>
        <source>Residue</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Jasa usaha (exact)</source>
        <translation>JU tepat</translation>
    </message>
    <message>
        <source>Jasa usaha</source>
        <translation>Jasa usaha</translation>
    </message>
    <message>
        <source>Total SHU</source>
        <translation>Jumlah SHU</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Double-click to see the journal lines behind this figure (accounts {codes})</source>
        <translation>Klik dua kali untuk melihat baris jurnal pembentuk angka ini (akun {codes})</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Statement of financial position</source>
        <translation>Laporan Posisi Keuangan</translation>
    </message>
    <message>
        <source>Statement of operating results (SHU)</source>
        <translation>Laporan Perhitungan Hasil Usaha (SHU)</translation>
    </message>
    <message>
        <source>Statement of cash flows</source>
        <translation>Laporan Arus Kas</translation>
    </message>
    <message>
        <source>Statement of changes in equity</source>
        <translation>Laporan Perubahan Ekuitas</translation>
    </message>
    <message>
        <source>General ledger (per account)</source>
        <translation>Buku Besar (per akun)</translation>
    </message>
    <message>
        <source>Worksheet: balances before and after adjustments</source>
        <translation>Neraca Lajur: saldo sebelum &amp; setelah penyesuaian</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>Kode atau nama</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>Simpan Excel…</translation>
    </message>
    <message>
        <source>All statements…</source>
        <translation>Semua laporan…</translation>
    </message>
    <message>
        <source>The four statements of the period in one PDF or Excel workbook</source>
        <translation>Keempat laporan periode ini dalam satu PDF atau buku kerja Excel</translation>
    </message>
    <message>
        <source>As one PDF…</source>
        <translation>Sebagai satu PDF…</translation>
    </message>
    <message>
        <source>As one Excel workbook…</source>
        <translation>Sebagai satu buku kerja Excel…</translation>
    </message>
    <message>
        <source>Double-click a figure (or select it and press Enter) to see the journal lines behind it.</source>
        <translation>Klik dua kali sebuah angka (atau pilih lalu tekan Enter) untuk melihat baris jurnal pembentuknya.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Before adjustments
Debit</source>
        <translation>Neraca saldo
Debit</translation>
    </message>
    <message>
        <source>Before adjustments
Credit</source>
        <translation>Neraca saldo
Kredit</translation>
    </message>
    <message>
        <source>Adjustments
Debit</source>
        <translation>Penyesuaian
Debit</translation>
    </message>
    <message>
        <source>Adjustments
Credit</source>
        <translation>Penyesuaian
Kredit</translation>
    </message>
    <message>
        <source>After adjustments
Debit</source>
        <translation>Disesuaikan
Debit</translation>
    </message>
    <message>
        <source>After adjustments
Credit</source>
        <translation>Disesuaikan
Kredit</translation>
    </message>
    <message>
        <source>Adjustments are the month-end entries of the period (interest on savings and its tax, loan-loss allowance, depreciation). Double-click an account to see its ledger.</source>
        <translation>Penyesuaian adalah jurnal tutup bulan dalam periode ini (jasa simpanan dan pajaknya, PPAP pinjaman, penyusutan). Klik dua kali sebuah akun untuk melihat buku besarnya.</translation>
    </message>
    <message>
        <source>Financial statements</source>
        <translation>Laporan Keuangan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>End of last month</source>
        <translation>Akhir bulan lalu</translation>
    </message>
    <message>
        <source>End of last year</source>
        <translation>Akhir tahun lalu</translation>
    </message>
    <message>
        <source>Date chosen</source>
        <translation>Tanggal pilihan</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This year to date</source>
        <translation>Tahun berjalan</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Tanggal pilihan</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a start date before {end}.</source>
        <translation>Awal periode sesudah akhirnya: pilih tanggal awal sebelum {end}.</translation>
    </message>
    <message>
        <source>Choose an account: type part of its code or name.</source>
        <translation>Pilih akun: ketik sebagian kode atau namanya.</translation>
    </message>
    <message>
        <source>Adding up the ledger for the report…</source>
        <translation>Menjumlahkan buku besar untuk laporan…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} s.d. {end}</translation>
    </message>
    <message>
        <source>✓ Balanced, {period}: debit equals credit before the adjustments ({before}), in the adjustments ({adjust}) and after them ({after}).</source>
        <translation>✓ Seimbang, {period}: debit sama dengan kredit sebelum penyesuaian ({before}), pada penyesuaian ({adjust}) dan setelah penyesuaian ({after}).</translation>
    </message>
    <message>
        <source>✗ NOT balanced, {period}: a pair of columns has different debit and credit totals. Report this: the books should always balance.</source>
        <translation>✗ TIDAK seimbang, {period}: ada pasangan kolom yang jumlah debit dan kreditnya berbeda. Laporkan hal ini: pembukuan seharusnya selalu seimbang.</translation>
    </message>
    <message>
        <source>Journal lines behind: {line}</source>
        <translation>Baris jurnal: {line}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{line}&lt;/b&gt; in the {statement}, {period}: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{line}&lt;/b&gt; dalam {statement}, {period}: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code} {name}&lt;/b&gt;, {start} to {end}</source>
        <translation>&lt;b&gt;{code} {name}&lt;/b&gt;, {start} s.d. {end}</translation>
    </message>
    <message>
        <source>Financial statements, {period}</source>
        <translation>Laporan Keuangan, {period}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
</context>
<context>
    <name>TrialBalancePage</name>
    <message>
        <source>Show accounts with no balance</source>
        <translation>Tampilkan akun tanpa saldo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Balances at the end of</source>
        <translation>Saldo per akhir tanggal</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>Neraca Saldo</translation>
    </message>
    <message>
        <source>Adding up the ledger…</source>
        <translation>Menjumlahkan buku besar…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balanced at {date}: debits and credits are both {amount}.</source>
        <translation>Seimbang per {date}: debit dan kredit sama-sama {amount}.</translation>
    </message>
    <message>
        <source>NOT balanced at {date}: debits {debit}, credits {credit}, difference {difference}. Report this: the books should always balance.</source>
        <translation>TIDAK seimbang per {date}: debit {debit}, kredit {credit}, selisih {difference}. Laporkan hal ini: pembukuan seharusnya selalu seimbang.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Name of the new user</source>
        <translation>Nama pengguna baru</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Every entry records who posted it. Passwords and permissions per role come in a later version.</source>
        <translation>Setiap jurnal mencatat siapa yang membukukannya. Kata sandi dan hak akses per peran menyusul di versi berikutnya.</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off loan</source>
        <translation>Hapus buku pinjaman</translation>
    </message>
    <message>
        <source>e.g. Macet over a year, decision of the pengurus meeting 12/11</source>
        <translation>mis. macet lebih dari setahun, keputusan rapat pengurus 12/11</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Outstanding principal</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Hapus buku</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write off loan {number}</source>
        <translation>Hapus buku pinjaman {number}</translation>
    </message>
    <message>
        <source>The outstanding principal is taken off the books against the allowance (Dr 1149 / Cr 1141). The member still owes it: money received later is booked as a recovery. Usually done for a Macet loan after a decision of the pengurus.</source>
        <translation>Sisa pokok dikeluarkan dari pembukuan dengan membebani PPAP (Dr 1149 / Cr 1141). Anggota tetap berutang: uang yang diterima kemudian dibukukan sebagai penerimaan setelah hapus buku. Biasanya untuk pinjaman Macet setelah keputusan pengurus.</translation>
    </message>
    <message>
        <source>This loan is {cls}, not Macet: usually only a Macet loan is written off.</source>
        <translation>Pinjaman ini {cls}, bukan Macet: biasanya hanya pinjaman Macet yang dihapusbukukan.</translation>
    </message>
    <message>
        <source>Write off {amount} of loan {number}?</source>
        <translation>Hapus buku {amount} dari pinjaman {number}?</translation>
    </message>
</context>
<context>
    <name>YearClosePanel</name>
    <message>
        <source>1. Checklist</source>
        <translation>1. Daftar periksa</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Re-open the year…</source>
        <translation>Buka kembali tahun buku…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>re-opened</source>
        <translation>dibuka kembali</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>SHU or reason</source>
        <translation>SHU atau alasan</translation>
    </message>
    <message>
        <source>2. Close the books</source>
        <translation>2. Tutup buku</translation>
    </message>
    <message>
        <source>Closing brings every income and expense account of the year to zero in one memorial entry dated 31 December and puts the year&apos;s result in 3180 SHU Tahun Berjalan. After that nothing can be posted into the year. Only an administrator can re-open it, with a reason.</source>
        <translation>Tutup buku membuat setiap akun pendapatan dan beban tahun ini menjadi nol dalam satu jurnal memorial bertanggal 31 Desember dan memindahkan hasil tahun ini ke 3180 SHU Tahun Berjalan. Setelah itu tidak ada yang dapat diposting ke tahun tersebut. Hanya administrator yang dapat membukanya kembali, dengan alasan.</translation>
    </message>
    <message>
        <source>History of this year</source>
        <translation>Riwayat tahun ini</translation>
    </message>
    <message>
        <source>Checking the year…</source>
        <translation>Memeriksa tahun buku…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>The closing entry &lt;b&gt;{voucher}&lt;/b&gt; posted on 31 December:</source>
        <translation>Jurnal penutup &lt;b&gt;{voucher}&lt;/b&gt; yang diposting pada 31 Desember:</translation>
    </message>
    <message>
        <source>Dry run: closing would post this entry (nothing is saved yet). SHU of the year: &lt;b&gt;{shu}&lt;/b&gt;</source>
        <translation>Uji coba: tutup buku akan memposting jurnal ini (belum ada yang disimpan). SHU tahun ini: &lt;b&gt;{shu}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Closing is not possible yet: {reason}</source>
        <translation>Tutup buku belum dapat dilakukan: {reason}</translation>
    </message>
    <message>
        <source>Close the books of {year}</source>
        <translation>Tutup buku tahun {year}</translation>
    </message>
    <message>
        <source>{year} is closed. SHU of the year: {shu}. Nothing can be posted into it.</source>
        <translation>{year} sudah ditutup. SHU tahun ini: {shu}. Tidak ada yang dapat diposting ke tahun ini.</translation>
    </message>
    <message>
        <source>{year} is open and ready to close: every required item is done.</source>
        <translation>{year} masih terbuka dan siap ditutup: semua butir wajib sudah selesai.</translation>
    </message>
    <message>
        <source>{year} is open. Put right the items marked ✗ before closing.</source>
        <translation>{year} masih terbuka. Selesaikan butir bertanda ✗ sebelum tutup buku.</translation>
    </message>
    <message>
        <source>(advice)</source>
        <translation>(saran)</translation>
    </message>
    <message>
        <source>Year not closed yet</source>
        <translation>Tahun belum ditutup</translation>
    </message>
    <message>
        <source>Previous year closed</source>
        <translation>Tahun sebelumnya sudah ditutup</translation>
    </message>
    <message>
        <source>Every month end run</source>
        <translation>Semua tutup bulan dijalankan</translation>
    </message>
    <message>
        <source>Income and expense accounts can be closed</source>
        <translation>Akun pendapatan dan beban dapat ditutup</translation>
    </message>
    <message>
        <source>Books balance and subledgers agree with their accounts</source>
        <translation>Buku seimbang dan buku pembantu sesuai dengan akunnya</translation>
    </message>
    <message>
        <source>Cash counted in December</source>
        <translation>Kas dihitung pada bulan Desember</translation>
    </message>
    <message>
        <source>Loans classified and allowance posted for December</source>
        <translation>Pinjaman diklasifikasi dan penyisihan diposting untuk Desember</translation>
    </message>
    <message>
        <source>Depreciation posted for every month due</source>
        <translation>Penyusutan diposting untuk setiap bulan yang jatuh tempo</translation>
    </message>
    <message>
        <source>{year} is already closed</source>
        <translation>{year} sudah ditutup</translation>
    </message>
    <message>
        <source>{year} is open</source>
        <translation>{year} masih terbuka</translation>
    </message>
    <message>
        <source>{year} is closed</source>
        <translation>{year} sudah ditutup</translation>
    </message>
    <message>
        <source>{year} is still open: close it first</source>
        <translation>{year} masih terbuka: tutup dulu</translation>
    </message>
    <message>
        <source>{done} of {wanted} months run</source>
        <translation>{done} dari {wanted} bulan dijalankan</translation>
    </message>
    <message>
        <source>missing: {months}</source>
        <translation>belum: {months}</translation>
    </message>
    <message>
        <source>inactive accounts with a balance: {codes}</source>
        <translation>akun nonaktif yang bersaldo: {codes}</translation>
    </message>
    <message>
        <source>all active</source>
        <translation>semua aktif</translation>
    </message>
    <message>
        <source>debit = credit; members&apos; savings and loans agree with 3110, 3120, 2111 and 1141</source>
        <translation>debit = kredit; simpanan anggota dan pinjaman sesuai dengan 3110, 3120, 2111 dan 1141</translation>
    </message>
    <message>
        <source>last count on {date}</source>
        <translation>hitungan terakhir pada {date}</translation>
    </message>
    <message>
        <source>no cash count in {month}</source>
        <translation>belum ada kas opname di {month}</translation>
    </message>
    <message>
        <source>allowance needed {amount}</source>
        <translation>penyisihan yang diperlukan {amount}</translation>
    </message>
    <message>
        <source>month end {month} not run</source>
        <translation>tutup bulan {month} belum dijalankan</translation>
    </message>
    <message>
        <source>{count} asset-months still due, {amount}</source>
        <translation>{count} bulan-aset masih jatuh tempo, {amount}</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>tidak ada yang jatuh tempo</translation>
    </message>
    <message>
        <source>Go to {year}</source>
        <translation>Ke {year}</translation>
    </message>
    <message>
        <source>Open month end</source>
        <translation>Buka tutup bulan</translation>
    </message>
    <message>
        <source>Count the cash…</source>
        <translation>Hitung kas…</translation>
    </message>
    <message>
        <source>Open fixed assets</source>
        <translation>Buka aset tetap</translation>
    </message>
    <message>
        <source>Open the chart of accounts</source>
        <translation>Buka bagan akun</translation>
    </message>
    <message>
        <source>Close the books of {year}? The income and expense accounts are closed into 3180 (SHU {shu}) and nothing can be posted into {year} afterwards.</source>
        <translation>Tutup buku tahun {year}? Akun pendapatan dan beban ditutup ke 3180 (SHU {shu}) dan setelah itu tidak ada yang dapat diposting ke {year}.</translation>
    </message>
    <message>
        <source>Close the books</source>
        <translation>Tutup buku</translation>
    </message>
    <message>
        <source>Closing the books…</source>
        <translation>Menutup buku…</translation>
    </message>
</context>
<context>
    <name>YearEndPage</name>
    <message>
        <source>Financial year</source>
        <translation>Tahun buku</translation>
    </message>
    <message>
        <source>Year end &amp; RAT</source>
        <translation>Tutup Buku &amp; RAT</translation>
    </message>
    <message>
        <source>Work through the steps in order: check and close the books, compute and post the SHU after the RAT approves it, type the reports, the organisation and next year&apos;s budget, then make the RAT book.</source>
        <translation>Kerjakan langkah-langkahnya berurutan: periksa dan tutup buku, hitung dan posting SHU setelah RAT menyetujuinya, ketik laporan, organisasi dan anggaran tahun depan, lalu buat Buku RAT.</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(ditutup)</translation>
    </message>
    <message>
        <source>1. Checklist &amp;&amp; closing</source>
        <translation>1. Daftar periksa &amp;&amp; tutup buku</translation>
    </message>
    <message>
        <source>2. SHU</source>
        <translation>2. SHU</translation>
    </message>
    <message>
        <source>3. Reports &amp;&amp; texts</source>
        <translation>3. Laporan &amp;&amp; teks</translation>
    </message>
    <message>
        <source>4. Organisation</source>
        <translation>4. Organisasi</translation>
    </message>
    <message>
        <source>5. RAPB {year}</source>
        <translation>5. RAPB {year}</translation>
    </message>
    <message>
        <source>6. RAT book</source>
        <translation>6. Buku RAT</translation>
    </message>
</context>
<context>
    <name>YearTextsPanel</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Pengurus report</source>
        <translation>Laporan pengurus</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>Laporan pengawas</translation>
    </message>
    <message>
        <source>Work plan for next year</source>
        <translation>Rencana kerja tahun depan</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rapat-rapat yang diadakan</translation>
    </message>
    <message>
        <source>RAT date</source>
        <translation>Tanggal RAT</translation>
    </message>
    <message>
        <source>These texts are printed in the RAT book of the year.</source>
        <translation>Teks ini dicetak dalam Buku RAT tahun tersebut.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ada perubahan yang belum disimpan</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>must be a month written YYYY-MM (got {value})</source>
        <translation>harus bulan dengan format TTTT-BB (tertulis {value})</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD (got {value})</source>
        <translation>harus tanggal dengan format TTTT-BB-HH (tertulis {value})</translation>
    </message>
    <message>
        <source>an entry needs at least two lines</source>
        <translation>jurnal perlu sedikitnya dua baris</translation>
    </message>
    <message>
        <source>debits ({debit}) do not equal credits ({credit})</source>
        <translation>debit ({debit}) tidak sama dengan kredit ({credit})</translation>
    </message>
    <message>
        <source>amounts must be whole Rupiah</source>
        <translation>jumlah harus Rupiah bulat</translation>
    </message>
    <message>
        <source>amounts must not be negative</source>
        <translation>jumlah tidak boleh negatif</translation>
    </message>
    <message>
        <source>needs either a debit or a credit, not both or neither</source>
        <translation>harus berisi debit atau kredit, tidak keduanya dan tidak kosong</translation>
    </message>
    <message>
        <source>must be exactly 16 digits (got {count})</source>
        <translation>harus tepat 16 digit (tertulis {count})</translation>
    </message>
    <message>
        <source>the province code cannot be 00</source>
        <translation>kode provinsi tidak boleh 00</translation>
    </message>
    <message>
        <source>digits 7 to 12 must be a birth date DDMMYY</source>
        <translation>digit ke-7 sampai 12 harus tanggal lahir HHBBTT</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>is too long (at most 120 characters)</source>
        <translation>terlalu panjang (paling banyak 120 karakter)</translation>
    </message>
    <message>
        <source>is not a valid pattern: {error}</source>
        <translation>bukan pola yang sah: {error}</translation>
    </message>
    <message>
        <source>must not be negative (got {value})</source>
        <translation>tidak boleh negatif (tertulis {value})</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>harus lebih dari nol</translation>
    </message>
    <message>
        <source>is implausibly large: {value}</source>
        <translation>terlalu besar untuk masuk akal: {value}</translation>
    </message>
    <message>
        <source>must be between 0 and 100 (got {value})</source>
        <translation>harus antara 0 dan 100 (tertulis {value})</translation>
    </message>
    <message>
        <source>is not a percentage: {value}</source>
        <translation>bukan persentase: {value}</translation>
    </message>
    <message>
        <source>is not an amount of Rupiah: {value}</source>
        <translation>bukan jumlah Rupiah: {value}</translation>
    </message>
    <message>
        <source>must name denda, interest and principal once each</source>
        <translation>harus menyebut denda, bunga dan pokok masing-masing satu kali</translation>
    </message>
    <message>
        <source>is {excess} more than everything owed on this loan</source>
        <translation>lebih {excess} dari seluruh kewajiban pinjaman ini</translation>
    </message>
    <message>
        <source>must rise: lancar &lt; kurang lancar &lt; diragukan</source>
        <translation>harus naik: lancar &lt; kurang lancar &lt; diragukan</translation>
    </message>
    <message>
        <source>must be a positive whole number of Rupiah</source>
        <translation>harus Rupiah bulat lebih dari nol</translation>
    </message>
    <message>
        <source>must be a positive number of months</source>
        <translation>harus jumlah bulan lebih dari nol</translation>
    </message>
    <message>
        <source>must be at most {max} months</source>
        <translation>paling lama {max} bulan</translation>
    </message>
    <message>
        <source>must be zero or a positive percentage</source>
        <translation>harus nol atau persentase positif</translation>
    </message>
    <message>
        <source>must be at most 100%</source>
        <translation>paling tinggi 100%</translation>
    </message>
    <message>
        <source>must be flat, menurun or anuitas (got {value})</source>
        <translation>harus flat, menurun atau anuitas (tertulis {value})</translation>
    </message>
    <message>
        <source>must be month or year (got {value})</source>
        <translation>harus per bulan (month) atau per tahun (year) (tertulis {value})</translation>
    </message>
    <message>
        <source>must be 1, 100, 500 or 1000 (got {value})</source>
        <translation>harus 1, 100, 500 atau 1000 (tertulis {value})</translation>
    </message>
    <message>
        <source>a rounding unit of {unit} is larger than an installment</source>
        <translation>pembulatan {unit} lebih besar dari angsuran</translation>
    </message>
    <message>
        <source>installments rounded up to {unit} would repay the loan before month {n}; choose a smaller unit or a shorter term</source>
        <translation>angsuran yang dibulatkan ke atas ke {unit} akan melunasi pinjaman sebelum bulan ke-{n}; pilih pembulatan lebih kecil atau jangka waktu lebih pendek</translation>
    </message>
    <message>
        <source>{n} months is too long for {amount}: whole-Rupiah installments repay it sooner</source>
        <translation>{n} bulan terlalu lama untuk {amount}: angsuran Rupiah bulat melunasinya lebih cepat</translation>
    </message>
    <message>
        <source>a rounding unit of {unit} is larger than an installment ({amount})</source>
        <translation>pembulatan {unit} lebih besar dari angsuran ({amount})</translation>
    </message>
    <message>
        <source>must be whole Rupiah (got {value})</source>
        <translation>harus Rupiah bulat (tertulis {value})</translation>
    </message>
    <message>
        <source>{number} has not been disbursed; there is no disbursement slip yet</source>
        <translation>{number} belum dicairkan; belum ada bukti pencairan</translation>
    </message>
    <message>
        <source>{number} is still an active member; there is no settlement</source>
        <translation>{number} masih anggota aktif; belum ada penyelesaian</translation>
    </message>
    <message>
        <source>{number} is {status}; it has no schedule to print</source>
        <translation>{number} berstatus {status}; belum ada jadwal angsuran untuk dicetak</translation>
    </message>
    <message>
        <source>must be id or en (got {value})</source>
        <translation>harus id atau en (tertulis {value})</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>{voucher} is not a member&apos;s deposit, withdrawal or savings refund</source>
        <translation>{voucher} bukan setoran, penarikan atau pengembalian simpanan anggota</translation>
    </message>
    <message>
        <source>{voucher} has no savings movement</source>
        <translation>{voucher} tidak memiliki transaksi simpanan</translation>
    </message>
    <message>
        <source>{voucher} has no loan movement</source>
        <translation>{voucher} tidak memiliki transaksi pinjaman</translation>
    </message>
    <message>
        <source>{voucher} is a loan disbursement; print its disbursement slip (bukti pencairan) instead</source>
        <translation>{voucher} adalah pencairan pinjaman; cetak bukti pencairannya</translation>
    </message>
    <message>
        <source>{voucher} is a loan write-off, an entry in the books with no money received; it has no receipt</source>
        <translation>{voucher} adalah penghapusbukuan pinjaman, jurnal tanpa uang diterima; tidak ada bukti transaksi</translation>
    </message>
    <message>
        <source>{voucher} is a recovery on a written-off loan, booked as other income; it has no teller receipt</source>
        <translation>{voucher} adalah penerimaan kembali pinjaman yang sudah dihapusbukukan, dibukukan sebagai pendapatan lain-lain; tidak ada bukti kasir</translation>
    </message>
    <message>
        <source>must be 3 to 8 digits (got {value})</source>
        <translation>harus 3 sampai 8 digit (tertulis {value})</translation>
    </message>
    <message>
        <source>must be one of {kinds}</source>
        <translation>harus salah satu dari {kinds}</translation>
    </message>
    <message>
        <source>must be member or nonmember</source>
        <translation>harus anggota atau non-anggota</translation>
    </message>
    <message>
        <source>account {code} already exists</source>
        <translation>akun {code} sudah ada</translation>
    </message>
    <message>
        <source>account {code} is a savings control account</source>
        <translation>akun {code} adalah akun kontrol simpanan</translation>
    </message>
    <message>
        <source>account {code} has postings; deactivate it instead</source>
        <translation>akun {code} sudah dipakai dalam jurnal; nonaktifkan saja</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>already holds the books of a cooperative</source>
        <translation>sudah berisi pembukuan sebuah koperasi</translation>
    </message>
    <message>
        <source>unknown or inactive user: {name}</source>
        <translation>pengguna tidak dikenal atau nonaktif: {name}</translation>
    </message>
    <message>
        <source>{voucher} is itself a reversal</source>
        <translation>{voucher} sendiri adalah jurnal koreksi</translation>
    </message>
    <message>
        <source>{voucher} was already reversed by {by}</source>
        <translation>{voucher} sudah dikoreksi dengan {by}</translation>
    </message>
    <message>
        <source>is before the entry it reverses ({date})</source>
        <translation>sebelum tanggal jurnal yang dikoreksi ({date})</translation>
    </message>
    <message>
        <source>is before the books start ({start})</source>
        <translation>sebelum pembukuan dimulai ({start})</translation>
    </message>
    <message>
        <source>falls in {year}, a closed year</source>
        <translation>jatuh pada tahun {year} yang sudah ditutup</translation>
    </message>
    <message>
        <source>no account with code {code}</source>
        <translation>tidak ada akun dengan kode {code}</translation>
    </message>
    <message>
        <source>no journal entry {voucher}</source>
        <translation>tidak ada jurnal {voucher}</translation>
    </message>
    <message>
        <source>account {code} is inactive</source>
        <translation>akun {code} tidak aktif</translation>
    </message>
    <message>
        <source>account {code} is a heading; post to one of its sub-accounts</source>
        <translation>akun {code} adalah akun induk; bukukan ke salah satu sub-akunnya</translation>
    </message>
    <message>
        <source>account {code} is a savings control account; use a deposit or withdrawal</source>
        <translation>akun {code} adalah akun kontrol simpanan; gunakan setoran atau penarikan</translation>
    </message>
    <message>
        <source>is not a number: {value}</source>
        <translation>bukan angka: {value}</translation>
    </message>
    <message>
        <source>account {code} is the loan control account; use the loan screens</source>
        <translation>akun {code} adalah akun kontrol pinjaman; gunakan menu pinjaman</translation>
    </message>
    <message>
        <source>is required (at most 20 characters)</source>
        <translation>wajib diisi (paling banyak 20 karakter)</translation>
    </message>
    <message>
        <source>range must be 1 ≤ minimum ≤ maximum ≤ {max} months</source>
        <translation>rentang harus 1 ≤ minimum ≤ maksimum ≤ {max} bulan</translation>
    </message>
    <message>
        <source>must be none, pct_day, pct_month or fixed_day (got {value})</source>
        <translation>harus none, pct_day, pct_month atau fixed_day (tertulis {value})</translation>
    </message>
    <message>
        <source>must be prepay or sukarela</source>
        <translation>harus prepay (pelunasan dipercepat) atau sukarela</translation>
    </message>
    <message>
        <source>must be current_period or full_interest</source>
        <translation>harus current_period (bunga periode berjalan) atau full_interest (seluruh sisa bunga)</translation>
    </message>
    <message>
        <source>loan product {code} already exists</source>
        <translation>produk pinjaman {code} sudah ada</translation>
    </message>
    <message>
        <source>no loan product {code}</source>
        <translation>tidak ada produk pinjaman {code}</translation>
    </message>
    <message>
        <source>must be between 0 and 100%</source>
        <translation>harus antara 0 dan 100%</translation>
    </message>
    <message>
        <source>is required when an amount is withheld</source>
        <translation>wajib diisi bila ada jumlah yang ditahan</translation>
    </message>
    <message>
        <source>{number} is {status}; only a running loan takes repayments</source>
        <translation>{number} berstatus {status}; hanya pinjaman berjalan yang dapat menerima angsuran</translation>
    </message>
    <message>
        <source>is before the disbursement ({date})</source>
        <translation>sebelum pencairan ({date})</translation>
    </message>
    <message>
        <source>is before the loan&apos;s last repayment ({date})</source>
        <translation>sebelum angsuran terakhir pinjaman ({date})</translation>
    </message>
    <message>
        <source>is before loan {number}&apos;s last transaction ({date})</source>
        <translation>sebelum transaksi terakhir pinjaman {number} ({date})</translation>
    </message>
    <message>
        <source>loan {number} has repayments; reverse those first</source>
        <translation>pinjaman {number} sudah memiliki angsuran; koreksi (balik) dulu angsuran itu</translation>
    </message>
    <message>
        <source>{number} has nothing left to pay</source>
        <translation>{number} sudah tidak memiliki sisa kewajiban</translation>
    </message>
    <message>
        <source>{number} was not written off</source>
        <translation>{number} tidak dihapusbukukan</translation>
    </message>
    <message>
        <source>is more than what is left of the written-off amount ({left})</source>
        <translation>melebihi sisa jumlah yang dihapusbukukan ({left})</translation>
    </message>
    <message>
        <source>loan {number} has later transactions; reverse those first</source>
        <translation>pinjaman {number} memiliki transaksi sesudahnya; koreksi (balik) dulu transaksi itu</translation>
    </message>
    <message>
        <source>no loan {number}</source>
        <translation>tidak ada pinjaman {number}</translation>
    </message>
    <message>
        <source>{number} is no longer an active member</source>
        <translation>{number} bukan anggota aktif lagi</translation>
    </message>
    <message>
        <source>loan product {code} is no longer offered</source>
        <translation>produk pinjaman {code} sudah tidak ditawarkan</translation>
    </message>
    <message>
        <source>must be {min} to {max} months for {product}</source>
        <translation>harus {min} sampai {max} bulan untuk {product}</translation>
    </message>
    <message>
        <source>is required for {product}</source>
        <translation>wajib diisi untuk {product}</translation>
    </message>
    <message>
        <source>is too small: fees and withheld amounts take all of it</source>
        <translation>terlalu kecil: biaya dan potongan menghabiskan seluruhnya</translation>
    </message>
    <message>
        <source>{number} is {status}, not waiting for approval</source>
        <translation>{number} berstatus {status}, tidak sedang menunggu persetujuan</translation>
    </message>
    <message>
        <source>the user who entered a loan cannot approve it; another user must</source>
        <translation>pengguna yang memasukkan pinjaman tidak boleh menyetujuinya; harus pengguna lain</translation>
    </message>
    <message>
        <source>is before the application ({date})</source>
        <translation>sebelum tanggal pengajuan ({date})</translation>
    </message>
    <message>
        <source>{number} is {status}; only an application can be rejected</source>
        <translation>{number} berstatus {status}; hanya pengajuan yang dapat ditolak</translation>
    </message>
    <message>
        <source>{number} is {status}; only an approved loan can be disbursed</source>
        <translation>{number} berstatus {status}; hanya pinjaman yang disetujui yang dapat dicairkan</translation>
    </message>
    <message>
        <source>is before the approval ({date})</source>
        <translation>sebelum tanggal persetujuan ({date})</translation>
    </message>
    <message>
        <source>a pengawas approves only related-party loans</source>
        <translation>pengawas hanya menyetujui pinjaman pihak terkait</translation>
    </message>
    <message>
        <source>{number} already has the pengurus approval</source>
        <translation>{number} sudah mendapat persetujuan pengurus</translation>
    </message>
    <message>
        <source>must be keluar, meninggal or diberhentikan (got {value})</source>
        <translation>harus keluar, meninggal atau diberhentikan (tertulis {value})</translation>
    </message>
    <message>
        <source>{number} has already left ({status})</source>
        <translation>{number} sudah tidak menjadi anggota ({status})</translation>
    </message>
    <message>
        <source>is before the member joined ({joined})</source>
        <translation>sebelum anggota masuk ({joined})</translation>
    </message>
    <message>
        <source>the member has savings movements after this date</source>
        <translation>anggota masih punya transaksi simpanan sesudah tanggal ini</translation>
    </message>
    <message>
        <source>a savings balance is negative; correct it first</source>
        <translation>ada saldo simpanan yang negatif; koreksi dulu</translation>
    </message>
    <message>
        <source>owes {owed} on loans but has {savings} in savings; settle the loans first</source>
        <translation>masih berutang pinjaman {owed} sedangkan simpanannya {savings}; lunasi pinjaman lebih dulu</translation>
    </message>
    <message>
        <source>is before the last transaction of loan {number} ({date})</source>
        <translation>sebelum transaksi terakhir pinjaman {number} ({date})</translation>
    </message>
    <message>
        <source>is not set; create the books first</source>
        <translation>belum diatur; buat pembukuan terlebih dahulu</translation>
    </message>
    <message>
        <source>must be {expected}, the day before the books start ({start}): opening balances are those at the end of that day</source>
        <translation>harus {expected}, sehari sebelum pembukuan dimulai ({start}): saldo awal adalah saldo pada akhir hari itu</translation>
    </message>
    <message>
        <source>has changed since it was checked; check it again before importing</source>
        <translation>sudah berubah sejak diperiksa; periksa lagi sebelum mengimpor</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx workbook (save an old .xls file as .xlsx first): {reason}</source>
        <translation>bukan buku kerja Excel .xlsx (simpan dulu file .xls lama sebagai .xlsx): {reason}</translation>
    </message>
    <message>
        <source>must be L or P (got {value})</source>
        <translation>harus L atau P (tertulis {value})</translation>
    </message>
    <message>
        <source>must be before the join date</source>
        <translation>harus sebelum tanggal masuk</translation>
    </message>
    <message>
        <source>may contain only digits, spaces and + - ( )</source>
        <translation>hanya boleh berisi angka, spasi dan + - ( )</translation>
    </message>
    <message>
        <source>no member with number {number}</source>
        <translation>tidak ada anggota dengan nomor {number}</translation>
    </message>
    <message>
        <source>is already registered to another member</source>
        <translation>sudah terdaftar atas nama anggota lain</translation>
    </message>
    <message>
        <source>member {number} left on {date}, after {month}: reverse the exit, run month end {month}, then record the exit again</source>
        <translation>anggota {number} keluar tanggal {date}, sesudah {month}: koreksi (balik) dulu pengeluarannya, jalankan tutup bulan {month}, lalu catat lagi keluarnya</translation>
    </message>
    <message>
        <source>{month} has not ended yet</source>
        <translation>{month} belum berakhir</translation>
    </message>
    <message>
        <source>{month} is before the books start</source>
        <translation>{month} sebelum pembukuan dimulai</translation>
    </message>
    <message>
        <source>month end {month} has not been run; there is no withholding slip yet</source>
        <translation>tutup bulan {month} belum dijalankan; bukti potong belum ada</translation>
    </message>
    <message>
        <source>{number} earned no interest in {month}; there is no withholding slip</source>
        <translation>{number} tidak mendapat bunga pada {month}; tidak ada bukti potong</translation>
    </message>
    <message>
        <source>no member earned interest in {month}; there is no withholding slip</source>
        <translation>tidak ada anggota yang mendapat bunga pada {month}; tidak ada bukti potong</translation>
    </message>
    <message>
        <source>no savings product {code}</source>
        <translation>tidak ada produk simpanan {code}</translation>
    </message>
    <message>
        <source>{number} is no longer an active member ({status})</source>
        <translation>{number} bukan anggota aktif lagi ({status})</translation>
    </message>
    <message>
        <source>must be whole Rupiah</source>
        <translation>harus Rupiah bulat</translation>
    </message>
    <message>
        <source>{name} can only be withdrawn when membership ends</source>
        <translation>{name} hanya dapat ditarik saat keanggotaan berakhir</translation>
    </message>
    <message>
        <source>is more than the balance ({balance})</source>
        <translation>melebihi saldo ({balance})</translation>
    </message>
    <message>
        <source>reversing it would overdraw the savings of member {number}</source>
        <translation>koreksi ini akan membuat simpanan anggota {number} minus</translation>
    </message>
    <message>
        <source>simpanan pokok is {fixed}; {paid} is already paid</source>
        <translation>simpanan pokok {fixed}; sudah dibayar {paid}</translation>
    </message>
    <message>
        <source>must be lowest or average (got {value})</source>
        <translation>harus lowest (saldo terendah) atau average (saldo rata-rata) (tertulis {value})</translation>
    </message>
    <message>
        <source>must be equity or liability</source>
        <translation>harus equity (ekuitas) atau liability (kewajiban)</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>harus antara 0 dan 100</translation>
    </message>
    <message>
        <source>is not a setting</source>
        <translation>bukan pengaturan yang dikenal</translation>
    </message>
    <message>
        <source>cannot be changed once the books exist</source>
        <translation>tidak dapat diubah setelah pembukuan dibuat</translation>
    </message>
    <message>
        <source>is required (at most 60 characters)</source>
        <translation>wajib diisi (paling banyak 60 karakter)</translation>
    </message>
    <message>
        <source>must be one of {roles}</source>
        <translation>harus salah satu dari {roles}</translation>
    </message>
    <message>
        <source>user {name} already exists</source>
        <translation>pengguna {name} sudah ada</translation>
    </message>
    <message>
        <source>must be building, vehicle, equipment or land (got {value})</source>
        <translation>harus building (bangunan), vehicle (kendaraan), equipment (inventaris) atau land (tanah) (tertulis {value})</translation>
    </message>
    <message>
        <source>must be a whole number (got {value})</source>
        <translation>harus bilangan bulat (tertulis {value})</translation>
    </message>
    <message>
        <source>land is not depreciated; leave the residual value at 0</source>
        <translation>tanah tidak disusutkan; biarkan nilai residu 0</translation>
    </message>
    <message>
        <source>must be less than the cost ({cost})</source>
        <translation>harus lebih kecil dari harga perolehan ({cost})</translation>
    </message>
    <message>
        <source>must be 1 to {max} months (got {value})</source>
        <translation>harus 1 sampai {max} bulan (tertulis {value})</translation>
    </message>
    <message>
        <source>no fixed asset {number}</source>
        <translation>tidak ada aset tetap {number}</translation>
    </message>
    <message>
        <source>must be 1110 (Kas), 1121 (Bank) or opening (got {value})</source>
        <translation>harus 1110 (Kas), 1121 (Bank) atau opening (saldo awal) (tertulis {value})</translation>
    </message>
    <message>
        <source>only an asset bought before the books start ({start}) can be entered as already owned</source>
        <translation>hanya aset yang dibeli sebelum pembukuan dimulai ({start}) yang dapat dicatat sebagai sudah dimiliki</translation>
    </message>
    <message>
        <source>is after today ({today})</source>
        <translation>sesudah hari ini ({today})</translation>
    </message>
    <message>
        <source>must be 1110 (Kas) or 1121 (Bank) (got {value})</source>
        <translation>harus 1110 (Kas) atau 1121 (Bank) (tertulis {value})</translation>
    </message>
    <message>
        <source>{number} was cancelled (its purchase entry was reversed)</source>
        <translation>{number} sudah dibatalkan (jurnal pembeliannya sudah dikoreksi)</translation>
    </message>
    <message>
        <source>{number} was already disposed of on {date}</source>
        <translation>{number} sudah dilepas pada {date}</translation>
    </message>
    <message>
        <source>is before the asset was acquired ({date})</source>
        <translation>sebelum tanggal perolehan aset ({date})</translation>
    </message>
    <message>
        <source>depreciation of {number} is already posted for {month}, after this date; the disposal must be dated later</source>
        <translation>penyusutan {number} sudah dibukukan untuk {month}, sesudah tanggal ini; tanggal pelepasan harus lebih akhir</translation>
    </message>
    <message>
        <source>{number} was disposed of; reverse the disposal first</source>
        <translation>{number} sudah dilepas; koreksi (balik) dulu pelepasannya</translation>
    </message>
    <message>
        <source>{number} has depreciation posted by month end; it cannot be cancelled</source>
        <translation>{number} sudah disusutkan saat tutup bulan; tidak dapat dibatalkan</translation>
    </message>
    <message>
        <source>{voucher} is depreciation of fixed assets; it follows the schedule and cannot be reversed</source>
        <translation>{voucher} adalah penyusutan aset tetap; mengikuti jadwal dan tidak dapat dikoreksi</translation>
    </message>
    <message>
        <source>account {code} is not a cash or bank account</source>
        <translation>akun {code} bukan akun kas atau bank</translation>
    </message>
    <message>
        <source>account {code} is not an expense account</source>
        <translation>akun {code} bukan akun beban</translation>
    </message>
    <message>
        <source>account {code} is not an income account</source>
        <translation>akun {code} bukan akun pendapatan</translation>
    </message>
    <message>
        <source>must be a different account from {code}</source>
        <translation>harus akun yang berbeda dari {code}</translation>
    </message>
    <message>
        <source>is before the start of the period ({start})</source>
        <translation>sebelum awal periode ({start})</translation>
    </message>
    <message>
        <source>is after the end of the period ({end})</source>
        <translation>sesudah akhir periode ({end})</translation>
    </message>
    <message>
        <source>{n} lines do not fit on one Excel sheet; export a shorter period or to CSV</source>
        <translation>{n} baris tidak muat dalam satu sheet Excel; ekspor periode yang lebih pendek atau ke CSV</translation>
    </message>
    <message>
        <source>applies to income and expense accounts only</source>
        <translation>hanya untuk akun pendapatan dan beban</translation>
    </message>
    <message>
        <source>must be one of {groups}</source>
        <translation>harus salah satu dari {groups}</translation>
    </message>
    <message>
        <source>is not a Rupiah note or coin: {value}</source>
        <translation>bukan pecahan uang kertas atau logam Rupiah: {value}</translation>
    </message>
    <message>
        <source>must be written DENOMINATION=PIECES, e.g. 100000=12 (got {value})</source>
        <translation>harus ditulis PECAHAN=JUMLAH, mis. 100000=12 (tertulis {value})</translation>
    </message>
    <message>
        <source>must be a whole number of pieces (got {value})</source>
        <translation>jumlah lembar/keping harus bilangan bulat (tertulis {value})</translation>
    </message>
    <message>
        <source>is required to post the difference</source>
        <translation>wajib diisi untuk membukukan selisih</translation>
    </message>
    <message>
        <source>no cash count {number}</source>
        <translation>tidak ada kas opname {number}</translation>
    </message>
    <message>
        <source>every post needs a name and an account</source>
        <translation>setiap pos harus punya nama dan akun</translation>
    </message>
    <message>
        <source>{name}: the kind must be reserve, jasa_modal, jasa_usaha or fund (got {kind})</source>
        <translation>{name}: jenisnya harus reserve, jasa_modal, jasa_usaha atau fund (tertulis {kind})</translation>
    </message>
    <message>
        <source>{name}: the percentage must be more than 0 (got {percent})</source>
        <translation>{name}: persentasenya harus lebih dari 0 (tertulis {percent})</translation>
    </message>
    <message>
        <source>{name}: the percentage must be at most 100, with at most 4 decimals (got {percent})</source>
        <translation>{name}: persentasenya paling banyak 100, dengan paling banyak 4 angka desimal (tertulis {percent})</translation>
    </message>
    <message>
        <source>{name} appears more than once</source>
        <translation>{name} tercantum lebih dari sekali</translation>
    </message>
    <message>
        <source>the percentages must total exactly 100 (they total {total})</source>
        <translation>jumlah persentase harus tepat 100 (sekarang {total})</translation>
    </message>
    <message>
        <source>needs exactly one jasa_modal post and one jasa_usaha post</source>
        <translation>harus ada tepat satu pos jasa_modal dan satu pos jasa_usaha</translation>
    </message>
    <message>
        <source>is not an allocation table: {value}</source>
        <translation>bukan tabel alokasi SHU: {value}</translation>
    </message>
    <message>
        <source>{name}: the percentage is not a number (got {percent})</source>
        <translation>{name}: persentasenya bukan angka (tertulis {percent})</translation>
    </message>
    <message>
        <source>must be a year such as 2025 (got {value})</source>
        <translation>harus tahun seperti 2025 (tertulis {value})</translation>
    </message>
    <message>
        <source>{year} is before the books start ({start})</source>
        <translation>tahun {year} sebelum pembukuan dimulai ({start})</translation>
    </message>
    <message>
        <source>{year} is already closed</source>
        <translation>tahun buku {year} sudah ditutup</translation>
    </message>
    <message>
        <source>{previous} is not closed yet; close it first</source>
        <translation>tahun buku {previous} belum ditutup; tutup dahulu</translation>
    </message>
    <message>
        <source>cannot be closed yet: {problems}</source>
        <translation>belum dapat ditutup: {problems}</translation>
    </message>
    <message>
        <source>{year} has not ended yet</source>
        <translation>tahun {year} belum berakhir</translation>
    </message>
    <message>
        <source>only an administrator can re-open a closed year</source>
        <translation>hanya administrator yang dapat membuka kembali tahun buku yang sudah ditutup</translation>
    </message>
    <message>
        <source>{year} is not closed</source>
        <translation>tahun buku {year} belum ditutup</translation>
    </message>
    <message>
        <source>{next} is closed too; re-open it first</source>
        <translation>tahun buku {next} juga sudah ditutup; buka kembali tahun itu dahulu</translation>
    </message>
    <message>
        <source>{voucher} closes the year {year}; re-open the year instead</source>
        <translation>{voucher} adalah jurnal penutupan tahun {year}; gunakan Buka Kembali Tahun Buku</translation>
    </message>
    <message>
        <source>choose an account</source>
        <translation>pilih akun</translation>
    </message>
    <message>
        <source>unknown account: {value}</source>
        <translation>akun tidak dikenal: {value}</translation>
    </message>
    <message>
        <source>the entry does not balance: the difference is {difference}</source>
        <translation>jurnal tidak seimbang: selisihnya {difference}</translation>
    </message>
    <message>
        <source>not a year: {year}</source>
        <translation>bukan tahun: {year}</translation>
    </message>
    <message>
        <source>the amount for {code} must be whole Rupiah: {value}</source>
        <translation>jumlah untuk {code} harus Rupiah bulat: {value}</translation>
    </message>
    <message>
        <source>the amount for {code} must not be negative: {value}</source>
        <translation>jumlah untuk {code} tidak boleh negatif: {value}</translation>
    </message>
    <message>
        <source>no account {code}</source>
        <translation>tidak ada akun {code}</translation>
    </message>
    <message>
        <source>{code} is not an income or expense account</source>
        <translation>{code} bukan akun pendapatan atau beban</translation>
    </message>
    <message>
        <source>{voucher} posts an SHU approved by the RAT; it cannot be reversed</source>
        <translation>{voucher} memposting SHU yang disetujui RAT; tidak dapat dibalik</translation>
    </message>
    <message>
        <source>unknown role: {role}</source>
        <translation>jabatan tidak dikenal: {role}</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>nama wajib diisi</translation>
    </message>
    <message>
        <source>at most {n} characters</source>
        <translation>paling banyak {n} karakter</translation>
    </message>
    <message>
        <source>gender must be L or P: {gender}</source>
        <translation>jenis kelamin harus L atau P: {gender}</translation>
    </message>
    <message>
        <source>the end date {end} is before the start date {start}</source>
        <translation>tanggal berakhir {end} sebelum tanggal mulai {start}</translation>
    </message>
    <message>
        <source>no officer with id {id}</source>
        <translation>tidak ada pengurus/karyawan dengan id {id}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>bukan tanggal (TTTT-BB-HH): {value}</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>harus salah satu dari {choices} (diisi {value})</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD): {value}</source>
        <translation>bukan tanggal (TTTT-BB-HH): {value}</translation>
    </message>
    <message>
        <source>{year} is not closed yet: close the books first</source>
        <translation>{year} belum ditutup: tutup buku dulu</translation>
    </message>
    <message>
        <source>there is no simpanan sukarela product to credit; pay in cash</source>
        <translation>tidak ada produk simpanan sukarela untuk dikreditkan; bayar tunai</translation>
    </message>
    <message>
        <source>the SHU of {year} has already been paid to {count} members</source>
        <translation>SHU {year} sudah dibayarkan kepada {count} anggota</translation>
    </message>
    <message>
        <source>must be cash or sukarela (got {value})</source>
        <translation>harus tunai (cash) atau sukarela (diisi {value})</translation>
    </message>
    <message>
        <source>account {code} is not in the chart of accounts</source>
        <translation>akun {code} tidak ada dalam bagan akun</translation>
    </message>
    <message>
        <source>account {code} cannot take postings (inactive or a heading)</source>
        <translation>akun {code} tidak dapat diposting (nonaktif atau akun induk)</translation>
    </message>
    <message>
        <source>must be after the end of {year}: the RAT approves a closed year</source>
        <translation>harus setelah akhir tahun {year}: RAT menyetujui tahun yang sudah ditutup</translation>
    </message>
    <message>
        <source>is in the future ({date}): post after the RAT was held</source>
        <translation>ada di masa depan ({date}): posting setelah RAT diadakan</translation>
    </message>
    <message>
        <source>{year} has no SHU to share (the year&apos;s result is {shu})</source>
        <translation>{year} tidak punya SHU untuk dibagi (hasil tahun ini {shu})</translation>
    </message>
    <message>
        <source>the SHU of {year} was already posted ({voucher}, RAT {date})</source>
        <translation>SHU {year} sudah diposting ({voucher}, RAT {date})</translation>
    </message>
    <message>
        <source>is before the RAT ({date})</source>
        <translation>sebelum RAT ({date})</translation>
    </message>
    <message>
        <source>the SHU settings changed after the allocation {voucher} was posted; restore them to pay the members as the RAT approved</source>
        <translation>pengaturan SHU berubah setelah pembagian {voucher} diposting; kembalikan pengaturannya untuk membayar anggota sesuai keputusan RAT</translation>
    </message>
    <message>
        <source>the SHU of {year} has been posted after the RAT; the year cannot be re-opened</source>
        <translation>SHU {year} sudah diposting setelah RAT; tahun buku tidak dapat dibuka kembali</translation>
    </message>
    <message>
        <source>unknown text kind: {kind}</source>
        <translation>jenis teks tidak dikenal: {kind}</translation>
    </message>
</context>
</TS>
