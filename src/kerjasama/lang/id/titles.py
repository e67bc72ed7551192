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
    "kasubbag": "Kepala Subbagian",
    "kasubdit": "Kepala Subdirektorat",
    "kasubid": "Kepala Subbidang",
    "kasi": "Kepala Seksi",
    "kasat": "Kepala Satuan",
    "kabiro": "Kepala Biro",
    "kapus": "Kepala Pusat",
    "kanwil": "Kantor Wilayah",
    "kakanwil": "Kepala Kantor Wilayah",
    "kajati": "Kepala Kejaksaan Tinggi",
    "kajari": "Kepala Kejaksaan Negeri",
    "kapolres": "Kepala Kepolisian Resor",
    "kapolresta": "Kepala Kepolisian Resor Kota",
    "kapolrestabes": "Kepala Kepolisian Resor Kota Besar",
    "kapolsek": "Kepala Kepolisian Sektor",
    "wakapolda": "Wakil Kepala Kepolisian Daerah",
    "wakapolres": "Wakil Kepala Kepolisian Resor",
    "wakapolri": "Wakil Kepala Kepolisian Republik Indonesia",
    "kabidhumas": "Kepala Bidang Hubungan Masyarakat",
    "kalapas": "Kepala Lembaga Pemasyarakatan",
    "kadisdik": "Kepala Dinas Pendidikan",
    "kadinkes": "Kepala Dinas Kesehatan",
    "dandim": "Komandan Distrik Militer",
    "danrem": "Komandan Resor Militer",
    "danlantamal": "Komandan Pangkalan Utama TNI Angkatan Laut",
    "danlanal": "Komandan Pangkalan TNI Angkatan Laut",
    "danlanud": "Komandan Pangkalan Udara",
    "danyon": "Komandan Batalyon",
    "kasdam": "Kepala Staf Komando Daerah Militer",
    "sekkab": "Sekretaris Kabupaten",
    "sekkot": "Sekretaris Kota",
    "sekprov": "Sekretaris Provinsi",
    "sekdes": "Sekretaris Desa",
    "sesmen": "Sekretaris Kementerian",
    "menko": "Menteri Koordinator",
    "wamen": "Wakil Menteri",
    "wamenlu": "Wakil Menteri Luar Negeri",
    "menkeu": "Menteri Keuangan",
    "menkes": "Menteri Kesehatan",
    "menpora": "Menteri Pemuda dan Olahraga",
    "mensesneg": "Menteri Sekretaris Negara",
    "menparekraf": "Menteri Pariwisata dan Ekonomi Kreatif",
    "menpar": "Menteri Pariwisata",
    "mendag": "Menteri Perdagangan",
    "menperin": "Menteri Perindustrian",
    "mentan": "Menteri Pertanian",
    "menhub": "Menteri Perhubungan",
    "mendikbud": "Menteri Pendidikan dan Kebudayaan",
    "menag": "Menteri Agama",
    "mensos": "Menteri Sosial",
    "menaker": "Menteri Ketenagakerjaan",
    "menhan": "Menteri Pertahanan",
    "mendiknas": "Menteri Pendidikan Nasional",
    "mendikbudristek": "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
    "mendikdasmen": "Menteri Pendidikan Dasar dan Menengah",
    "mendiktisaintek": "Menteri Pendidikan Tinggi, Sains, dan Teknologi",
    "menristekdikti": "Menteri Riset, Teknologi, dan Pendidikan Tinggi",
    "menristek": "Menteri Riset dan Teknologi",
    "menakertrans": "Menteri Tenaga Kerja dan Transmigrasi",
    "menkumham": "Menteri Hukum dan Hak Asasi Manusia",
    "menkominfo": "Menteri Komunikasi dan Informatika",
    "menkomdigi": "Menteri Komunikasi dan Digital",
    "menlhk": "Menteri Lingkungan Hidup dan Kehutanan",
    "menkopolhukam": "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    "menkomarves": "Menteri Koordinator Bidang Kemaritiman dan Investasi",
    "ketum": "Ketua Umum",
    "waketum": "Wakil Ketua Umum",
    "wakasad": "Wakil Kepala Staf Angkatan Darat",
    "kasad": "Kepala Staf Angkatan Darat",
    "kasal": "Kepala Staf Angkatan Laut",
    "kasau": "Kepala Staf Angkatan Udara",
    "irwasda": "Inspektur Pengawasan Daerah",
    "karoops": "Kepala Biro Operasi",
    "wadir": "Wakil Direktur",
    "warek": "Wakil Rektor",
    "pangkoarmada": "Panglima Komando Armada",
    "kadiv": "Kepala Divisi",
    "kacab": "Kepala Cabang",
    "wakadis": "Wakil Kepala Dinas",
    "pm": "Perdana Menteri",
    "wako": "Wali Kota",
    "sekdako": "Sekretaris Daerah Kota",
    "kadishub": "Kepala Dinas Perhubungan",
    "kadispar": "Kepala Dinas Pariwisata",
    "kadisnaker": "Kepala Dinas Tenaga Kerja",
    "kadispora": "Kepala Dinas Pemuda dan Olahraga",
    "kadiskominfo": "Kepala Dinas Komunikasi dan Informatika",
    "kadisperindag": "Kepala Dinas Perindustrian dan Perdagangan",
    "kadisdukcapil": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    "kadisbudpar": "Kepala Dinas Kebudayaan dan Pariwisata",
    "kasatpol": "Kepala Satuan Polisi",
    "kalak": "Kepala Pelaksana",
    "kakan": "Kepala Kantor",
}

# The short forms that are written out in a role; others stay as written ("Sekjen").
# "Kabid Humas" and "Kaban Kesbangpol" stay as written.
EXPANDED_IN_ROLES: frozenset[str] = frozenset(
    """pj pj. plt plt. plh plh. wagub wabup wawali wawako wako sekda sekdako kadis karo kabag
    dubes konjen dirjen walkot kasubbag""".split()
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
    chairwoman chairperson councillor councilor commissioner
    head secretary chief consul-general representative
    kasubbag kasubag kasubdit kasubid kasi kasat kabiro kapus kakanwil kajati kajari kapolres
    kapolresta kapolrestabes kapolsek wakapolda wakapolres wakapolri kabidhumas kalapas kadisdik
    kadinkes dandim danrem danlantamal danlanal danlanud danyon kasdam sekkab sekkot sekprov
    sekdes sesmen menko menkeu menkes menpora mensesneg menparekraf menpar mendag menperin
    mentan menhub mendikbud menag mensos menaker menhan ketum waketum kasad kasal kasau wakasad
    irwasda karoops wadir warek pangkoarmada kadiv kacab wakadis bendahara penasihat pembina
    pemimpin pimpinan pendiri pengurus konsultan inspektur auditor kurator
    rector vice-rector vice-chancellor chancellor dean registrar ceo coo cfo
    founder premier senator congressman lecturer dosen kepsek komisioner pm konsulat
    assistant interpreter spokesperson pesuruhjaya coordinator commander
    pengarah timbalan pengerusi canselor naib pegawai
    menristek menristekdikti mendikbudristek menpan menpanrb menkominfo menlhk menkumham
    menkopolhukam menkomarves menesdm menpupr menbumn menkop menkopukm mendes dansat danyonif
    danpuspom
    sekertaris sektretaris kapala
    """.split()
)

# Heads news also writes in lower case before a name ("oleh walikota Ternate <name>").
LOWER_CASE_HEADS: frozenset[str] = frozenset(
    """
    gubernur wagub bupati wabup walikota wakil kepala ketua direktur menteri rektor camat lurah
    sekda sekretaris asisten kapolda kapolres kajari kajati dandim danrem dubes konjen dirjen
    anggota regent mayor governor minister ambassador consul perwakilan pendiri pimpinan
    chairman chairwoman chairperson councillor councilor director president secretary
    commissioner head chief rector dean
    """.split()
)

# Heads that only form a title together with a following head word ("Wakil Gubernur").
TITLE_PREFIX_HEADS: frozenset[str] = frozenset(
    "wakil penjabat pelaksana pj plt plh vice deputy acting".split()
)

# Modifiers of an office written before its title ("pelaksana tugas (Plt) Dirjen", "Acting
# Governor"): a deputy or an acting holder is not the principal, so they stay in the role.
# Longest first.
ROLE_MODIFIER_FORMS: tuple[str, ...] = (
    "pelaksana tugas",
    "pelaksana harian",
    "penjabat sementara",
    "penjabat",
    "acting",
    "interim",
)
# The one-word modifiers that are read in lower case too.
LOWER_CASE_MODIFIERS: frozenset[str] = frozenset("penjabat acting interim".split())

# Malay styles of address that hold title words ("Datuk Seri Panglima", "Tan Sri"): a title
# word inside one is not an office.
MALAY_STYLE_HEADS: frozenset[str] = frozenset("datuk dato tan tun datin toh puan".split())
MALAY_STYLE_WORDS: frozenset[str] = frozenset(["seri", "sri", "paduka", "’", "'"])

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
    kejaksaan negeri tinggi pengadilan kepolisian resor sektor pangkalan lanal lantamal lanud
    distrik militer komando batalyon brigade resimen armada staf ahli koordinator koordinasi
    sinkronisasi pembinaan penghubung pengelola perbatasan layanan pascasarjana pajak bea cukai
    imigrasi pemasyarakatan kanwil balai besar lembaga inspektorat unit satuan tugas operasional
    pemasaran produksi teknik teknis keamanan pertahanan sipil agama haji umroh wilayah cabang
    rumah sakit puskesmas sekolah fakultas program studi jurusan laboratorium kejati kejari
    polda polres polresta polsek kodim korem kodam lemhannas bnn bnnp bpk bpkp kpu bawaslu ojk
    bank tp pkk dekranasda koni kadin percepatan destinasi eksekutif jaringan legislatif
    yudikatif tim khusus ahli pengawas pengembangan penjaminan mutu akademik kemahasiswaan
    alumni kerja sama kerjasama antarnegara antardaerah fungsi politik konsuler pensosbud
    daerah tertinggal hak asasi kemaritiman agraria teknologi
    rector rectorate faculty university college school institute center centre affairs
    human resources finance partnerships partnership global relations research innovation
    student community promotion registrar corporate main operational operations
    government facilitation ministry home secretariat welfare integrated stop library archive
    archives dept authority commission committee assembly parliament people's representative
    house senate congress legislative municipal municipality district county state federal
    national commerce chamber embassy consulate mission counsellor counselor special advisor
    adviser spokesperson spokesman chairwoman chairperson treasurer member trustees lieutenant
    envoy delegation lead junior administrative administration budget revenue tax economy
    youth sports forestry mining infrastructure housing police military army navy air force
    defence defense security immigration customs justice legal court judge prosecutor attorney
    rectorate academy branch section programme project procurement purchasing sales marketing
    communications communication media press protocol bicara governance field domestic sub
    first second third assets asset humanities internasionalisasi divre
    """.split()
)

# Every word a title is made of: a capitalised word outside this set is read as a name.
ANY_TITLE_WORD: frozenset[str] = TITLE_HEADS | TITLE_WORDS

# Joining words a title may hold ("Trade and Industry") that, just before a region, join
# places ("came to Surabaya and Malang"): that region is not named as a government by them.
TITLE_JOINS: frozenset[str] = frozenset({"and", "&"})
# Small linking words of a title, written in lower case before the region it governs
# ("Governor of Bali", "the governments of Blitar").
TITLE_LINKS: frozenset[str] = frozenset({"of", "for", "the"})

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

# Verbs of leading a group before its leader's name ("delegasi yang dipimpin oleh <name>",
# "a team led by <name>"); "oleh"/"by" may follow.
LED_BY_WORDS: frozenset[str] = frozenset("dipimpin diketuai dikepalai led headed".split())

# Malay patronymics, in any case and short form ("Azlan bin Yusof", "Aminah Binti Ali",
# "Asiah Bt. Omar"): a name goes on after them.
PATRONYMICS: frozenset[str] = frozenset("bin binti bt bte bnt".split())

# Lower-case particles inside names ("Pieter van der Berg", "Azlan bin Yusof").
NAME_PARTICLES: frozenset[str] = (
    frozenset("van der den de von al el la le da dos do das del".split()) | PATRONYMICS
)

# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    mahasiswa peserta warga masyarakat pihak delegasi rombongan tim bapak ibu saudara para
    dan serta atau dengan dari di ke pada dalam untuk bagi oleh selaku sebagai juga
    pemerintah pemprov pemkab pemkot provinsi kabupaten kota negara republik indonesia
    kemudian namun selain menurut sementara itu ini tersebut sedangkan adapun
    senin selasa rabu kamis jumat sabtu minggu the and of
    januari februari maret april mei juni juli agustus september oktober november desember
    monday tuesday wednesday thursday friday saturday sunday january february march june july
    august october december
    management economics economic academic information engineering agreement assistant
    science sciences technology law medicine faculty graduate studies program memorandum
    understanding letter intent sister twin
    jalan jl gedung wisma hotel ruang aula pendopo rumah masjid lapangan taman pasar bandara
    pelabuhan stadion kampus graha menara plaza
    """.split()
)

# Words that open the name of a building, a street or a venue: a title right after one names
# the building ("Kantor Bupati", "Rumah Jabatan Gubernur"), and a name read after a title stops
# at one ("Gubernur ... di Hotel <name>" is a hotel).
BUILDING_WORDS: frozenset[str] = frozenset(
    """
    kantor rujab rumdin gedung aula pendopo pendapa istana wisma graha balai hotel griya
    """.split()
)
BUILDING_SECOND_WORDS: frozenset[str] = frozenset("jabatan dinas rapat kerja".split())
PLACE_STOP_WORDS: frozenset[str] = frozenset(
    """
    jalan jl gedung wisma hotel aula pendopo pendapa graha griya menara plaza stadion
    rujab rumdin istana
    """.split()
)

# Units written as syllable abbreviations in title case ("Kepala UPT Diklat", "Ketua Satgas",
# "Asisten Ekobang"): never a person's name.
UNIT_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    diklat satgas kesra ekobang ekbang pemkesra nakertrans disnakertrans fisip fkip fisipol
    lemhanas lemhannas kompolnas kesbangpol kesbang setda setdako setdakab setdaprov
    sekretariat humas protokol binmas sabhara reskrim intelkam lantas propam dikbud disdik
    diskominfo dinkes dishub disperindag disparbud dispar disbud dispora bapenda bappelitbangda
    litbang puskesmas posyandu ormas parpol pemdes pemda muspida forkopimda forkopimcam
    bumdes koperasi perseroda perumda tipikor
    """.split()
)

# English words of headlines and units that a capitalised run after an English title may hold
# ("Governor Meets ...", "Dean of the College of Civil ...", "Director of Democratic ..."):
# never a person's name.
ENGLISH_NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    meets meet visits visit plans plan team teams representatives civil exchange signs says
    holds discusses receives welcomes attends opens launches calls urges invites agrees
    seeks eyes targets boosts strengthens expands explores offers asks hopes wants officials
    support regency province democratic resilience pacific african
    """.split()
)

# Verbs headlines write without a prefix, capitalised, and the documents they name
# ("Khofifah Temui Dubes", "Bupati X Teken MoU"): never part of a name.
HEADLINE_VERBS: frozenset[str] = frozenset(
    """
    temui terima teken tandatangani gandeng jalin bahas tinjau kunjungi sambut dorong ajak
    siapkan jajaki perkuat tingkatkan dukung serahkan resmikan lantik hadiri gelar
    mou moa loi moi pks
    """.split()
)

# Short forms of countries written after a title ("Presiden ke-7 RI Joko Widodo", "Dubes AS"):
# capitals that are no initials of the name after them.
COUNTRY_SHORT_FORMS: frozenset[str] = frozenset("ri as uk us usa rrc rrt uea pbb ue".split())

NOT_NAME_WORDS = (
    NOT_NAME_WORDS
    | UNIT_ABBREVIATIONS
    | ENGLISH_NOT_NAME_WORDS
    | HEADLINE_VERBS
    | COUNTRY_SHORT_FORMS
)

# Degrees and honorifics dropped from names (lower case, without dots).
HONORIFICS: frozenset[str] = frozenset(
    """
    dr drs dra h hj ir prof kh ust ustadz habib tgh tuan nyonya bapak ibu pak bu sdr
    dato datuk datin seri haji hajah ny sdri buya kyai kiai ustaz ustazah hon honourable tgk professor
    eng tgk
    mr mrs ms dr. h. hm hc yab yb ydh ybhg yabhg rm rdm
    se sh mh mm msi mpd mt mkes spd skm sos sip sag ssos ssi st sp mba mpa mba mph ak
    phd mag msc ma ba bsc lc mhum sst stp ap ipu ipm cpa sk skom mkom mtp msp ssp dipl
    """.split()
)

# Police and military ranks written between a title and a name ("Kapolda Irjen Pol <name>"):
# never part of the name, dropped from it.
RANKS: frozenset[str] = frozenset(
    """
    jenderal jend komjen irjen brigjen kombes akbp kompol akp iptu ipda aiptu aipda bripka
    brigpol briptu bripda bharada bharatu bharaka letjen mayjen laksamana laksdya laksda laksma
    marsekal marsdya marsda marsma kolonel kol letkol mayor kapten lettu letda serma serka sertu
    serda kopda koptu pratu prada pol tni inf kav arm art mar psk purn purnawirawan
    dcp acp sac asp dsp supt
    """.split()
)

# Words that open a Balinese name ("I Gusti Ngurah ...", "Ni Made ..."): the "I" before them
# is the name's first word, not a Roman numeral.
BALINESE_NAME_WORDS: frozenset[str] = frozenset(
    "gusti made wayan nyoman ketut putu kadek komang gede gde ngurah nengah luh ayu agung bagus "
    "dewa desak ida anak".split()
)

# Given names that are also common words ("Putri", "Indah"): read as names inside a name.
NAME_COMMON_WORDS: frozenset[str] = frozenset(
    """
    putra putri indah cahaya bagus mulia setia bakti bintang anak ode agung jaya sari dewi
    mawar bunga intan kasih suci murni teguh budi wahyu rahmat berkah sentosa surya
    bayu fajar embun hujan langit bumi pelangi kurnia karunia lestari ayu ratu raja sultan
    """.split()
)

# Chinese, Korean and Vietnamese family names that are also common words ("Yang", "He", "Park").
EAST_ASIAN_SURNAMES: frozenset[str] = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du
    ye cheng wei su lu ding ren shen yao jin shan kim lee park choi jung kang cho yoon jang lim
    nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly
    """.split()
)

# Honorifics written before a name (the others in HONORIFICS are degrees, written after it).
NAME_PREFIX_HONORIFICS: frozenset[str] = frozenset(
    """
    dr drs dra h hj ir prof kh ust ustadz habib tgk tuan nyonya ny bapak ibu pak bu sdr sdri
    dato datuk datin haji hajah buya kyai kiai ustaz ustazah hon honourable professor eng mr
    mrs ms hm yab yb ydh ybhg yabhg ydp
    """.split()
)

# Ranks written out after a unit ("Kapolda Bali Inspektur Jenderal Polisi <name>"): they end
# the role there.
RANK_WORDS: frozenset[str] = frozenset(
    "inspektur brigadir komisaris ajun letnan kolonel laksamana marsekal mayor kapten".split()
)
RANK_SECOND_WORDS: frozenset[str] = frozenset(
    "jenderal besar polisi pol muda madya pertama satu dua kolonel tni".split()
)

# Title words after which a place is written before the name: "Kepala Kejaksaan Negeri
# <town> <name>", "Kapolres <town> AKBP <name>". A place word that no list knows as a person's
# name, right after one of them, is the place even where the gazetteer lacks the town.
PLACE_TAKING_TITLE_WORDS: frozenset[str] = frozenset(
    "negeri tinggi resor polda polres polresta polrestabes kejari kejati kapolda kapolres "
    "kapolresta kapolrestabes kajari kajati kodim korem dandim danrem lanal danlanal".split()
)

# --- The organisation written in a role ("Kepala Kejaksaan Negeri Binjai" -> "Kejaksaan
# Negeri Binjai") and the organisation a person belongs to.

# Words that name the office, not the body, at the start of a role: the heads of titles and
# the words that complete an office ("Direktur Utama", "Sekretaris Daerah", "Wali Kota").
OFFICE_WORDS: frozenset[str] = (
    TITLE_HEADS
    | frozenset(
        """utama umum jenderal jendral besar muda madya pertama tugas harian sementara i ii iii
        iv v kota daerah dan & of the bicara for""".split()
    )
) - frozenset("konsulat".split())

# Short titles with their body inside: "Kapolda Lampung" is the head of "Polda Lampung".
TITLE_BODIES: dict[str, str] = {
    "kapolda": "Polda",
    "wakapolda": "Polda",
    "kapolres": "Polres",
    "wakapolres": "Polres",
    "kapolresta": "Polresta",
    "kapolrestabes": "Polrestabes",
    "kapolsek": "Polsek",
    "kapolri": "Polri",
    "wakapolri": "Polri",
    "kajari": "Kejaksaan Negeri",
    "kajati": "Kejaksaan Tinggi",
    "wakajati": "Kejaksaan Tinggi",
    "dandim": "Kodim",
    "danrem": "Korem",
    "pangdam": "Kodam",
    "danlantamal": "Lantamal",
    "danlanal": "Lanal",
    "danlanud": "Lanud",
    "kadis": "Dinas",
    "wakadis": "Dinas",
    "kadisdik": "Dinas Pendidikan",
    "kadinkes": "Dinas Kesehatan",
    "kaban": "Badan",
    "kabag": "Bagian",
    "kabid": "Bidang",
    "karo": "Biro",
    "kabiro": "Biro",
    "kasubbag": "Subbagian",
    "kasubag": "Subbagian",
    "kasubdit": "Subdirektorat",
    "kapus": "Pusat",
    "kakanwil": "Kanwil",
    "kalapas": "Lapas",
}

# First words of bodies that a person belongs to in their own right, not as part of a
# regional government: prosecutors, courts, police, the military, parliaments, election
# bodies, companies, banks, universities, missions, associations. A person of a regional
# government's unit ("Kepala Dinas Pariwisata Kota Denpasar") belongs to the region.
INDEPENDENT_BODY_HEADS: frozenset[str] = frozenset(
    """
    kejaksaan kejari kejati pengadilan polda polres polresta polrestabes polsek kepolisian
    polri kodim korem kodam lanal lantamal lanud tni dprd dpr dpd mpr kpu kpud bawaslu bpk
    bpkp ojk bnn bnnp tp pkk dekranasda koni kadin pdam perumda perusda perseroda bumd bumn
    bank universitas univ institut politeknik sekolah stie stikes akademi kbri kjri kedutaan
    konsulat embassy consulate yayasan asosiasi perhimpunan lembaga komite forum partai pt cv
    persero perum perusahaan apindo hipmi ikatan otorita kementerian kemendagri kemenlu
    kemenkeu bappenas unicef usaid jica koica undp fao who
    """.split()
)

# First words of a regional government's units and offices: a person of one whose region is
# not written belongs to the region the record is about ("Kepala Bagian Kerja Sama").
REGIONAL_UNIT_HEADS: frozenset[str] = frozenset(
    """
    dinas badan biro bagian bidang sekretariat setda setdaprov setdakab setdakot bappeda
    bapenda inspektorat satpol subbagian seksi upt uptd rsud diskominfo disperindag dispar
    dishub dinkes disdik dlh dlhk dpmptsp bpbd bpkad bpsdm bkpsdm pemerintahan perekonomian
    kesejahteraan administrasi daerah
    """.split()
)

# Heads of a title that, with no organisation written, serve the region the record is about
# ("Kepala", "Asisten"), unlike a president, minister, ambassador or rector.
REGIONAL_GENERIC_HEADS: frozenset[str] = frozenset(
    "kepala head asisten assistant staf staff".split()
)

# Offices of a region's head and the kind of region they head.
OFFICE_REGION_KINDS: dict[str, str] = {
    "gubernur": "province",
    "wagub": "province",
    "governor": "province",
    "bupati": "regency",
    "wabup": "regency",
    "regent": "regency",
    "walikota": "city",
    "wawali": "city",
    "wawako": "city",
    "wako": "city",
    "mayor": "city",
}

# Lower-case nouns for a group of people that a list of names follows after a list marker
# ("sejumlah pejabat kepolisian setempat, antara lain <A>, <B> dan <C>"): the phrase from the
# noun to the marker is each listed person's role.
GROUP_ROLE_WORDS: frozenset[str] = frozenset(
    """
    pejabat perwakilan tim delegasi anggota staf pengurus pimpinan jajaran utusan petugas
    komisioner officials representatives delegates members staff team delegation
    """.split()
)
# Group nouns for one who stands for a body: the name may follow after a mere comma
# ("perwakilan pemerintah Kota <city>, <name>", "his representative, <name>").
REPRESENTATIVE_WORDS: frozenset[str] = frozenset("perwakilan utusan representative envoy".split())
# Words that put a group role after the names it belongs to ("<A> dan <B> yang merupakan
# perwakilan dari <body>").
ROLE_AFTER_MARKERS: tuple[str, ...] = ("yang merupakan", "yang juga", "selaku", "sebagai")
LIST_MARKERS: tuple[str, ...] = (
    "antara lain",
    "di antaranya",
    "diantaranya",
    "yakni",
    "yaitu",
    "masing-masing",
    "namely",
)

# The names news calls Indonesia's presidents by, with no title ("mendampingi Jokowi").
PRESIDENT_SHORT_NAMES: tuple[str, ...] = ("Jokowi", "SBY", "Gus Dur")
# Words before "Presiden" that make its bearer someone acting for the President ("Mewakili
# Presiden, ..." said by a minister): the President is then not in the story.
FOR_THE_PRESIDENT: tuple[str, ...] = (
    "mewakili",
    "atas nama",
    "utusan",
    "utusan khusus",
    "on behalf of",
    "representing",
)


# How the short names of regional offices begin ("Disdukcapil", "Disperindag", "Bappelitbangda",
# "Bapenda", "Kesbangpol"): a capitalised word so opening, after a title's head, is the office
# the title is of, not the first word of the person's name.
UNIT_ACRONYM_PREFIXES: tuple[str, ...] = (
    "dis",
    "bapp",
    "bapenda",
    "bakesbang",
    "kesbang",
    "dukcapil",
    "bimas",
)
# Short names of offices written as words ("Menko Polhukam", "Kepala Bekraf").
UNIT_SHORT_NAMES: frozenset[str] = frozenset("polhukam bekraf baparekraf".split())
