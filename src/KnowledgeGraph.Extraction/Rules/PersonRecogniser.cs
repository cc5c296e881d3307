using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Persons from research titles: the 2–3 characters before 院士/教授/研究员, right after the affiliation's name or a
/// boundary (由, 和, 、). The affiliation is the organisation that ends where the name starts.
/// </summary>
internal static class PersonRecogniser
{
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤庞齐常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

    /// <summary>The persons named in the text, into <paramref name="hits"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Hit> Find(string text, IReadOnlyList<Hit> organisations, List<Hit> hits)
    {
        hits.Clear();
        for (var i = 1; i < text.Length; i++)
        {
            var titleLength = Words.PersonTitles.MatchStartingAt(text, i);
            if (titleLength == 0)
            {
                continue;
            }

            var title = text.Substring(i, titleLength);
            var affiliation = LastEndingNear(organisations, i);
            var start = NameStart(text, i, affiliation);
            if (start < 0)
            {
                continue;
            }

            var hit = new Hit(EntityKind.Person, text[start..i], start, i);
            hit.Properties["title"] = title;
            if (affiliation is not null && affiliation.End == start)
            {
                hit.Parent = affiliation;
                hit.Properties["affiliation"] = affiliation.Name;
            }

            hits.Add(hit);
            i += titleLength - 1;
        }

        return hits;
    }

    private static Hit? LastEndingNear(IReadOnlyList<Hit> organisations, int at)
    {
        for (var o = organisations.Count - 1; o >= 0; o--)
        {
            if (organisations[o].End <= at && organisations[o].End >= at - 4)
            {
                return organisations[o];
            }
        }

        return null;
    }

    private static int NameStart(string text, int titleStart, Hit? affiliation)
    {
        if (affiliation is not null && titleStart - affiliation.End is >= 2 and <= 3)
        {
            return IsName(text.AsSpan(affiliation.End, titleStart - affiliation.End)) ? affiliation.End : -1;
        }

        // Without an affiliation right before: the CJK run before the title, cut at a boundary word.
        var start = titleStart;
        while (start > 0 && titleStart - start < 3 && Chars.IsCjk(text[start - 1]) && Words.LeftStops.MatchEndingAt(text, start) == 0
               && Words.Conjunctions.MatchEndingAt(text, start) == 0)
        {
            start--;
        }

        // 和/与/及 can end a surname-less run: 陈君石院士和… is fine, 由陈君石 stops at 由.
        return titleStart - start >= 2 && IsName(text.AsSpan(start, titleStart - start)) ? start : -1;
    }

    private static bool IsName(ReadOnlySpan<char> name) =>
        name.Length is 2 or 3 && Surnames.Contains(name[0]) && name.IndexOfAny("省市区县局院校所中心等的和与及") < 0;
}
