"""Titles of office, their short forms, and the words that make up organisation units."""

# Short forms expanded in roles ("Pj Gubernur" -> "Penjabat Gubernur").
SHORT_FORMS: dict[str, str] = {
    "pj": "Penjabat",
    "pj.": "Penjabat",
    "plt": "Pelaksana Tugas",
    "plt.": "Pelaksana Tugas",
    "plh": "Pelaksana Harian",
    "plh.": "Pelaksana Harian",
    "wagub": "Wakil Gubernur",
    "wabup": "Wakil Bupati",
    "wawali": "Wakil Wali Kota",
    "wawako": "Wakil Wali Kota",
    "sekda": "Sekretaris Daerah",
    "sekdaprov": "Sekretaris Daerah Provinsi",
    "sekdakab": "Sekretaris Daerah Kabupaten",
    "sekdakot": "Sekretaris Daerah Kota",
    "kadis": "Kepala Dinas",
    "kaban": "Kepala Badan",
    "karo": "Kepala Biro",
    "kabag": "Kepala Bagian",
    "kabid": "Kepala Bidang",
    "kasubag": "Kepala Subbagian",
    "dubes": "Duta Besar",
    "konjen": "Konsul Jenderal",
    "dirjen": "Direktur Jenderal",
    "dirut": "Direktur Utama",
    "sekjen": "Sekretaris Jenderal",
    "wasekjen": "Wakil Sekretaris Jenderal",
    "menlu": "Menteri Luar Negeri",
    "mendagri": "Menteri Dalam Negeri",
    "kapolda": "Kepala Kepolisian Daerah",
    "kapolri": "Kepala Kepolisian Republik Indonesia",
    "pangdam": "Panglima Komando Daerah Militer",
    "walkot": "Wali Kota",
    "gub": "Gubernur",
}

# The short forms that are written out in a role; others stay as written ("Sekjen").
EXPANDED_IN_ROLES: frozenset[str] = frozenset(
    "pj pj. plt plt. plh plh. wagub wabup wawali wawako sekda kadis kaban karo kabag kabid dubes "
    "konjen dirjen walkot".split()
)

# Head words that open a title of office. Multi-word titles are matched greedily by the
# people stage, which also accepts the unit words below after a head word.
TITLE_HEADS: frozenset[str] = frozenset(
    """
    presiden wapres wakil gubernur bupati walikota wali penjabat pelaksana sekretaris asisten
    kepala direktur ketua menteri wamen duta konsul atase rektor dekan camat lurah kades
    komisaris manajer manager deputi staf staff kabag kabid kadis kaban karo sekda sekdaprov
    wagub wabup wawali dubes konjen dirjen dirut sekjen wasekjen menlu mendagri pj plt plh
    narasumber perwakilan delegasi anggota koordinator kapolda kapolri pangdam panglima
    setiausaha exco komandan pelatih penari kuasa calon juru jubir pengacara
    chairman president governor vice deputy mayor regent minister ambassador consul director
    head secretary chief consul-general representative
    """.split()
)

# Heads that only form a title together with a following head word ("Wakil Gubernur").
TITLE_PREFIX_HEADS: frozenset[str] = frozenset(
    "wakil penjabat pelaksana pj plt plh vice deputy acting".split()
)

# Words that continue a title after its head: ranks, units, portfolios.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    besar jenderal jendral muda utama umum daerah provinsi tugas harian tugas harian i ii iii iv
    perekonomian administrasi pembangunan pemerintahan kesejahteraan rakyat umum dinas badan
    biro bagian bidang seksi kantor departemen kementerian direktorat sekretariat pusat
    penanaman modal pelayanan terpadu satu pintu komunikasi informatika perdagangan
    perindustrian pertanian perkebunan peternakan kelautan perikanan kehutanan energi sumber
    daya mineral pariwisata kebudayaan pendidikan kesehatan pekerjaan umum penataan ruang
    perumahan permukiman perhubungan lingkungan hidup sosial tenaga kerja transmigrasi koperasi
    usaha kecil menengah ukm umkm pemuda olahraga kepemudaan pemberdayaan masyarakat desa
    perempuan perlindungan anak kependudukan pencatatan sipil ketahanan pangan perencanaan
    penelitian riset inovasi keuangan aset pendapatan kepegawaian pengembangan sdm manusia
    aparatur hukum organisasi protokol kerja sama kerjasama luar negeri dalam hubungan
    internasional investasi ekonomi kreatif digital statistik persandian arsip perpustakaan
    kearsipan pol pp satpol polisi pamong praja kebakaran penyelamatan bencana penanggulangan
    pemerintah rakyat otonomi urusan wilayah kawasan khusus otorita jenderal kota kabupaten
    sekretaris asisten kepala direktur wakil ketua dprd komisi fraksi harian
    hewan tangkap budidaya bina tata fasilitasi divisi panitia pelaksana kewilayahan intra antar
    asia pasifik afrika eropa amerika timur tengah kerajaan setiausaha exco antarbangsa
    kepolisian inspektur brigadir komisaris polisi mayor kolonel letnan laksamana marsekal
    laut udara darat komandan operasi humas hubungan masyarakat protokol keprotokolan
    penerangan informasi publik pengadaan barang jasa air minum sanitasi irigasi sungai
    standardisasi perizinan pengawasan pengendalian penyuluhan bisnis usaha niaga
    of for and the affairs foreign trade investment cooperation economic department office
    perdana kabinet sarana prasarana urusan khusus utama madya pratama pertama kedua divisi
    tentara angkatan mejar jeneral leftenan brigedier
    setda setdaprov setdakab setdakot sekretariat diskominfo disperindag bappeda bapenda
    dispar dishub dinkes disdik dlh dlhk dpmptsp bpbd rsud pemda biro
    bureau agency provincial city regional general energy mineral resources water business
    international relations external internal environment environmental planning development
    health education tourism culture marine fisheries agriculture transport transportation
    public works services service division unit minister ministry premier president vice
    deputy acting chief executive senior officer commissioner manager board council
    """.split()
)

# Every word a title is made of: a capitalised word outside this set is read as a name.
ANY_TITLE_WORD: frozenset[str] = TITLE_HEADS | TITLE_WORDS

# Connectors allowed inside a role when more role words follow ("Wakil Gubernur untuk Urusan Ekonomi").
ROLE_CONNECTORS: frozenset[str] = frozenset(
    "dan & of and luar dalam for the untuk bidang on".split()
)

# Organisation words: after a title, these start the organisation rather than the role.
ORG_HEADS: frozenset[str] = frozenset(
    """
    kadin pt cv universitas univ institut politeknik sekolah bank yayasan perusahaan perum
    persero bumn bumd kbri kjri kedutaan konsulat apindo hipmi ikatan asosiasi perhimpunan
    forum dewan lembaga komite otorita
    """.split()
)

# Words that end a company or body name written before a person's name.
ORG_TAILS: frozenset[str] = frozenset(
    "corporation corp co ltd inc company group holdings limited llc plc gmbh tbk persero".split()
)

# Lower-case particles inside names ("Pieter van der Berg", "Azlan bin Yusof").
NAME_PARTICLES: frozenset[str] = frozenset(
    "van der den de von bin binti al el la le da dos".split()
)

# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    mahasiswa peserta warga masyarakat pihak delegasi rombongan tim bapak ibu saudara para
    dan serta atau dengan dari di ke pada dalam untuk bagi oleh selaku sebagai juga
    pemerintah pemprov pemkab pemkot provinsi kabupaten kota negara republik indonesia
    kemudian namun selain menurut sementara itu ini tersebut sedangkan adapun
    senin selasa rabu kamis jumat sabtu minggu the and of
    """.split()
)

# Degrees and honorifics dropped from names (lower case, without dots).
HONORIFICS: frozenset[str] = frozenset(
    """
    dr drs dra h hj ir prof kh ust ustadz habib tgh tuan nyonya bapak ibu pak bu sdr
    dato datuk datin haji hajah
    mr mrs ms dr. h. hm hc
    se sh mh mm msi mpd mt mkes spd skm sos sip sag ssos ssi st sp mba mpa mba mph ak
    phd mag msc ma ba bsc lc mhum sst stp ap ipu ipm cpa sk skom mkom mtp msp ssp dipl
    """.split()
)
