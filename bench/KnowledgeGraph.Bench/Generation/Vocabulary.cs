namespace KnowledgeGraph.Bench.Generation;

/// <summary>Word lists the synthetic bulletins and graphs draw from; shaped after the real seeds so extraction rules fire.</summary>
internal static class Vocabulary
{
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
    ];

    public static readonly string[] GivenNames =
    [
        "涌", "景伟", "发政", "宝国", "国芳", "毓君", "君石", "卫尾", "维野", "建华", "晓明", "志强", "海燕", "文博", "立新",
        "春生", "玉兰", "国庆", "思远", "宏伟", "学军", "丽娟", "永刚", "红梅", "振华", "建国", "秀英", "明辉", "少华", "德胜",
    ];

    public static readonly string[] PersonTitles = ["院士", "教授", "研究员"];

    public static readonly string[] Universities =
    [
        "中国农业大学", "内蒙古农业大学", "西北农林科技大学", "北京工商大学", "东北农业大学", "江南大学", "南京农业大学",
        "华中农业大学", "四川农业大学", "内蒙古大学", "武汉大学", "三峡大学",
    ];

    public static readonly string[] Institutes =
    [
        "中国农业科学院", "中国检科院", "国家风评中心", "中国科学院微生物研究所", "内蒙古农牧业科学院", "湖北省农业科学院",
    ];

    public static readonly string[] CompanyWords =
    [
        "伊利", "蒙牛", "优然", "赛科星", "圣牧", "骑士", "金河", "瑞丰", "恒信", "华泰", "远景", "鼎盛", "长青", "北辰", "天润",
        "宏福", "正达", "聚源", "康达", "绿源", "金穗", "嘉禾", "富源", "兴旺", "科信", "博瑞", "中盛", "汇通", "瑞源", "安达",
    ];

    public static readonly string[] CompanyTrades = ["乳业", "牧业", "生物科技", "食品", "农牧", "草业", "装备制造", "包装材料", "冷链物流", "检测技术"];

    public static readonly string[] CompanyForms = ["股份有限公司", "有限公司", "有限责任公司", "集团股份有限公司"];

    public static readonly string[] PlatformKinds = ["技术创新中心", "工程技术研究中心", "产业技术研究院", "新型研发机构", "企校联合创新中心"];

    public static readonly string[] LabKinds = ["重点实验室", "工程实验室"];

    public static readonly string[] AchievementStems =
    [
        "体外胚胎生产技术", "原生DHA技术", "减糖方案数字化平台", "可持续包装技术", "碳减排技术", "益生菌菌株筛选技术",
        "苜蓿高产栽培技术", "青贮饲料调制技术", "性控冻精技术", "低温杀菌工艺", "冷链追溯系统", "乳品快速检测方法",
        "智慧牧场管理系统", "功能性乳品配方", "菌株包埋技术", "奶牛精准饲喂技术",
    ];

    public static readonly string[] Qualifiers = ["新型", "高效", "智能", "绿色", "低碳", "精准", "数字化", "第二代"];

    public static readonly string[] Verbs = ["开展", "实施", "推进", "布局", "组织"];

    public static readonly string[] Topics = ["关键技术攻关", "成果转化项目", "重大科技项目", "共性技术研究", "科研项目"];

    public static readonly string[] Units = ["项", "个", "家", "件", "篇"];

    public static readonly string[] Filler =
    [
        "科技创新、平台先行。科技创新平台作为科技创新的主要阵地，是区域创新体系的重要组成部分，对集聚创新资源、攻克关键核心技术、营造创新生态具有重要意义。",
        "回顾过去一年，各地深入贯彻落实创新驱动发展战略，加快实施区域创新平台载体提质行动，优化科技创新平台布局，整体科技实力显著提升。",
        "下一步，将持续深化科技体制机制改革，强化企业科技创新主体地位，推动创新链产业链资金链人才链深度融合。",
        "数字经济是继农业经济、工业经济之后的主要经济形态，抢占数字经济发展核心资源，对推动高质量发展具有十分重要的战略意义。",
        "常态化开展“科普进乡村”“科普进校园”“科普进社区”系列科普活动，普及科学知识，传播科学思想，营造良好氛围。",
        "建立了“面向企业征集战略需求、面向成员单位征集入库项目、专家组论证出库”的科研项目管理机制。",
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
