namespace RouteGraph.Core.Model;

/// <summary>Kinds of partnership instrument, from a binding agreement to a political dialogue.</summary>
public enum PartnershipKind
{
    /// <summary>The EU's comprehensive, tailor-made partnerships with countries of origin and transit.</summary>
    COMPREHENSIVE_PARTNERSHIP,
    /// <summary>Anti-smuggling operational partnership launched by the EU with a partner.</summary>
    OPERATIONAL_PARTNERSHIP,
    TALENT_PARTNERSHIP,
    /// <summary>The EU's mobility partnerships (political declarations on legal migration, mobility and return).</summary>
    MOBILITY_PARTNERSHIP,
    READMISSION_AGREEMENT,
    /// <summary>A bilateral or international agreement or treaty other than a readmission agreement.</summary>
    AGREEMENT,
    MEMORANDUM_OF_UNDERSTANDING,
    DECLARATION_OF_INTENT,
    /// <summary>A joint declaration or statement.</summary>
    STATEMENT,
    /// <summary>An intergovernmental dialogue such as the Rabat or Khartoum Process.</summary>
    DIALOGUE,
    ACTION_PLAN,
    /// <summary>An EU strategy or policy framework (the Strategy on Voluntary Return and Reintegration).</summary>
    STRATEGY,
    /// <summary>A package of support (funding) agreed with a partner.</summary>
    SUPPORT_PACKAGE,
    OTHER,
}
