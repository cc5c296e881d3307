using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.Tests.ChainMap;

/// <summary>
/// The seed bulletins name no dairy enterprise, so the tests add a short bulletin of their own about three 内蒙古
/// dairy firms and one in 江苏, committed through the store like any extracted bulletin (with mentions).
/// </summary>
internal static class DairyEnterprisesBulletin
{
    public const string Text =
        "内蒙古乳业龙头企业加快全链布局\n" +
        "内蒙古伊利实业集团股份有限公司作为乳业链主企业，在呼和浩特市建设乳品加工基地。" +
        "内蒙古蒙牛乳业（集团）股份有限公司在冷链与销售环节布局全国冷链物流网络。" +
        "内蒙古优然牧业有限责任公司在奶牛养殖环节建设万头牧场。" +
        "南京卫岗乳业有限公司在江苏发展冷链配送与销售。";

    public const string Yili = "Enterprise:内蒙古伊利实业集团股份有限公司";
    public const string Mengniu = "Enterprise:内蒙古蒙牛乳业（集团）股份有限公司";
    public const string Youran = "Enterprise:内蒙古优然牧业有限责任公司";
    public const string Weigang = "Enterprise:南京卫岗乳业有限公司";

    public static Bulletin Bulletin(DateTimeOffset receivedAt) =>
        new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))), "科技情报参考-测试-乳业企业.txt", BulletinStatus.Ingested, receivedAt)
        {
            Title = "内蒙古乳业龙头企业加快全链布局",
            IngestedAt = receivedAt,
            Articles = 1,
        };

    public static BulletinGraph Graph(string bulletinId)
    {
        var entities = new List<Entity>();
        var relations = new List<Relation>();
        var mentions = new List<Mention>();
        var sentences = SentencesOf(Text);

        void Firm(string id, string regionCode, string segment, string sentenceCue, string? role = null)
        {
            var name = id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];
            entities.Add(new Entity(id, EntityKind.Enterprise, name) { RegionCode = regionCode });
            var placing = new Relation(id, RelationKind.OperatesIn, EntityIds.Segment("乳业", segment))
            {
                Properties = role is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["role"] = role },
            };
            relations.Add(placing);
            relations.Add(new Relation(id, RelationKind.LocatedIn, EntityIds.Region(regionCode)));
            var (index, start, sentence) = sentences.First(s => s.Sentence.Contains(sentenceCue, StringComparison.Ordinal));
            var at = start + sentence.IndexOf(name, StringComparison.Ordinal);
            foreach (var target in new[] { id, placing.Id })
            {
                mentions.Add(new Mention(target, bulletinId, 0, "内蒙古乳业龙头企业加快全链布局", index, sentence, start, at, at + name.Length, "test"));
            }
        }

        Firm(Yili, "150100", "乳品加工", "伊利", role: "链主");
        Firm(Mengniu, "150100", "冷链与销售", "蒙牛");
        Firm(Youran, "150100", "奶牛养殖", "优然");
        Firm(Weigang, "320100", "冷链与销售", "卫岗");
        return new BulletinGraph([new Article(bulletinId, 0, "内蒙古乳业龙头企业加快全链布局", 0, Text.Length, sentences.Count)], entities, relations, mentions, []);
    }

    private static List<(int Index, int Start, string Sentence)> SentencesOf(string text)
    {
        var result = new List<(int, int, string)>();
        var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '。')
            {
                result.Add((result.Count, start, text[start..(i + 1)]));
                start = i + 1;
            }
        }

        return result;
    }
}
