"""Abbreviations that end in a full stop without ending a sentence."""

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    dr drs dra h hj ir prof st no jl jln dll dsb dkk tsb yth sdr bpk ny tn kol let jend mayjen
    brigjen kapt kompol akbp ak sh se mm msi mpd mt mkes spd skm kh ust mr mrs ms dr.h a.n u.p
    hlm tel telp fax vol p.hd ph.d m.si m.m s.h s.e s.sos s.ip s.t m.t m.pd s.pd m.ap s.stp
    m.h m.kes a.md inc ltd co corp est approx vs etc e.g i.e st.
    muh moh mhd muhd moch mochd mohd abd ach achm ahm plt plh pj ust hm purn irjen kombes bt bin
    dato hon pol tgk
    sdri drg brigjen laksma marsma kapt letkol
    kab kec kel prov pt cv eng ts
    """.split()
)
