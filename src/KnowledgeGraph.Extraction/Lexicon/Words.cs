namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>Closed word classes the rules key on. Reviewed lists, not seed names.</summary>
internal static class Words
{
    /// <summary>Words that cannot be inside an organisation name: a name's left edge stops right after them.</summary>
    public static WordList LeftStops { get; } = new(
    [
        "支持", "推动", "依托", "建设", "建成", "建立", "组建", "成立", "设立", "打造", "联合", "推荐", "获批", "认定", "共建", "组织",
        "发布", "通过", "牵头", "举办", "承办", "承担", "加快", "围绕", "加大", "布局", "聚焦", "积极", "持续", "全力", "深入", "实施",
        "引进", "培育", "推进", "落实", "携手", "依靠", "带动", "引导", "鼓励", "支撑", "面向", "对接", "签约", "入选", "入驻", "落户",
        "创建", "申报", "获得", "成为", "作为", "认定为", "评为", "授予", "命名", "挂牌", "揭牌", "入围", "介绍", "表示", "指出", "研发",
        "开发", "生产", "研制", "发挥", "参与", "协同", "开展", "启动", "谋划", "提升", "优化", "完善", "强化", "深化", "构建", "形成",
        "集聚", "汇聚", "吸引", "招引", "引育", "新增", "新建", "拥有", "现有", "已有", "累计", "来自", "位于", "隶属", "旗下", "下属",
        "包括", "其中", "先后", "对标", "做优做强", "做强", "打破", "分别是", "分别", "目前", "今年", "同时", "此外", "全市", "全省", "全区", "全国首批", "首批次", "首批", "首家",
        "首台", "首版次", "首轮次", "该", "这些", "一批", "多家", "一家", "一个", "各类", "相关", "部分", "其他", "以及", "或", "的", "由", "在",
        "对", "将", "把", "被", "向", "从", "以", "等", "即", "了", "着", "也", "还", "并", "已", "均", "都", "赴", "到", "让", "使", "给予",
        "是", "获", "说", "于", "经", "据", "与其", "及其", "帮助", "服务于", "助力", "协助", "促进", "共同", "正在", "正", "拟", "首次",
        "深化与", "加强", "加入", "召开", "成功", "近日", "日前", "近年来", "近期", "当前", "去年", "明年", "上半年", "下半年", "年底",
    ]);

    /// <summary>Conjunctions: inside a name (营养与健康研究中心) unless another name or a person ends right before them.</summary>
    public static WordList Conjunctions { get; } = new(["与", "和", "及", "同"]);

    /// <summary>Titles that mark a person (院士) and end the person's name.</summary>
    public static WordList PersonTitles { get; } = new(["院士", "教授", "研究员", "副教授", "副研究员", "首席科学家", "博士"]);

    /// <summary>
    /// Qualifiers that alone in front of a type suffix make a category, not a name (国家技术创新中心, 省级重点实验室,
    /// 专业化众创空间). A candidate made only of these, region words and its suffix is generic.
    /// </summary>
    public static WordList GenericParts { get; } = new(
    [
        "国家级", "国家", "全国", "省级", "省", "市级", "市", "区级", "县级", "自治区", "地方", "重点", "公共", "技术", "专业型", "专业化",
        "专业", "科技", "企业", "新型", "相关", "各类", "高校", "高等", "院校", "该", "本", "创新", "产业", "科技成果", "成果", "转化",
        "科创", "联合", "工程", "研究", "研发", "服务", "共性", "行业", "领域", "重大", "高水平", "高能级", "区域", "综合", "大型", "中小",
        "民营", "科技型", "高新技术", "现代", "农业", "数字", "智能", "一流", "示范", "标志性", "学科", "实体", "这些", "其他", "上述",
        "大学", "中试", "孵化", "平台", "载体", "中心", "省部共建", "部省共建", "新一代", "国际", "开放", "协同", "龙头", "头部", "领军",
        "全球", "世界", "外资", "跨国", "境内外", "上市", "高", "新", "大", "小", "省属", "市属", "国有", "校企", "企校", "产学研", "双创", "项目", "优秀", "国字号",
    ]);

    /// <summary>Level words: after a region they make a tier (内蒙古重点实验室), not a name.</summary>
    public static WordList LevelParts { get; } = new(["国家级", "国家", "全国", "省级", "省", "市级", "市", "自治区", "重点", "区级", "县级"]);

    /// <summary>Measure words: a number and one of these before a type word counts things (6家省级工程技术研究中心).</summary>
    public static WordList Measures { get; } = new(["家", "个", "所", "座", "支", "批", "项", "种", "类", "级", "大"]);

    public const string Numerals = "0123456789一二三四五六七八九十百千万两几多余数首第";
}
