using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

public class TargetImportTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string Header =
        "name,title,organisation,country,email,postal_address,salutation,language,time_zone,channel,mode,hourly_cap,office_hours_start,office_hours_end,digest_threshold,digest_daily,notes";

    private static readonly string[] GoodRows =
    [
        "王炳章,Prisoner of conscience,,CN,,\"Beiwang Prison\nShaoguan, Guangdong\nChina\",尊敬的王先生,zh-CN,Asia/Shanghai,post,on_release,,,,,,Letters go by post",
        "Zheng Zeguang,Chinese Ambassador to the UK,Embassy of China,GB,embassy@example.org,,\"Dear Ambassador / 尊敬的大使\",zh-CN,Europe/London,email,digest,,09:00,17:00,25,no,",
        "António Guterres,Secretary-General,United Nations,US,sg@example.org,,Dear Mr. Guterres,en,America/New_York,,individual,10,,,,,",
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Csv_import_adds_every_row_keeping_names_in_any_script(bool byteOrderMark)
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);

        var response = await client.ImportCsvAsync(TargetSteps.Csv([Header, .. GoodRows]), byteOrderMark);

        Assert.Equal(3, (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("created").GetInt32());
        var targets = await app.WithDbAsync(db => db.Targets.AsNoTracking().Where(t => t.OrganisationId == organizer.OrganisationId).ToListAsync());
        var wang = targets.Single(t => t.Name == "王炳章");
        Assert.Equal("Beiwang Prison\nShaoguan, Guangdong\nChina", wang.PostalAddress);
        Assert.Equal(DeliveryChannel.Post, wang.Channel);
        Assert.Equal(DeliveryMode.OnRelease, wang.Mode);
        var ambassador = targets.Single(t => t.Name == "Zheng Zeguang");
        Assert.Equal("Dear Ambassador / 尊敬的大使", ambassador.Salutation);
        Assert.Equal(new TimeOnly(9, 0), ambassador.OfficeHoursStart);
        Assert.Equal(25, ambassador.DigestThreshold);
        Assert.Equal(DeliveryChannel.Email, targets.Single(t => t.Name == "António Guterres").Channel);
    }

    [Fact]
    public async Task Csv_import_takes_a_multipart_file_and_columns_in_any_order()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("email,name\nconsulate@example.org,Zhang Guobin\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "targets.csv");

        var response = await client.PostAsync($"{TargetSteps.Targets}/import", form);

        Assert.Equal(1, (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("created").GetInt32());
        Assert.Equal("consulate@example.org", (await app.WithDbAsync(db => db.Targets.SingleAsync(t => t.OrganisationId == organizer.OrganisationId))).Email);
    }

    [Fact]
    public async Task One_bad_row_imports_nothing_and_every_error_names_its_row_and_field()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);

        var response = await client.ImportCsvAsync(TargetSteps.Csv(
            Header,
            GoodRows[0],
            ",No name,,GB,a@example.org,,,,,,,,,,,,",
            "Li Qiang,Premier,,China,li@example.org,,,,Mars/Base,,,many,,,,,",
            "Wang Yi,Minister,,CN,,,,,,post,,,,,,,"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Row 3: Give the target a name.", errors.GetProperty("rows[3].name")[0].GetString());
        Assert.StartsWith("Row 4: Country must be", errors.GetProperty("rows[4].country")[0].GetString());
        Assert.StartsWith("Row 4: Time zone must be", errors.GetProperty("rows[4].timeZone")[0].GetString());
        Assert.StartsWith("Row 4: The hourly cap must be a whole number", errors.GetProperty("rows[4].hourlyCap")[0].GetString());
        Assert.Equal("Row 5: A postal delivery needs the target's postal address.", errors.GetProperty("rows[5].postalAddress")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    [Theory]
    [InlineData("name,title\n", "no targets")]
    [InlineData("", "empty")]
    [InlineData("name,rank\nZeng Gang,1\n", "unknown column 'rank'")]
    [InlineData("title\nAmbassador\n", "needs a 'name' column")]
    [InlineData("name,email\n\"Zeng Gang,a@example.org\n", "quotes")]
    public async Task A_file_that_cannot_be_read_is_a_file_error(string csv, string message)
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var errors = await Problems.AssertFieldErrorAsync(await client.ImportCsvAsync(csv), "file");

        Assert.Contains(message, errors[0]);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var latin1 = new ByteArrayContent(Encoding.Latin1.GetBytes("name\nAntónio Guterres\n"));
        latin1.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var errors = await Problems.AssertFieldErrorAsync(await client.PostAsync($"{TargetSteps.Targets}/import", latin1), "file");

        Assert.Contains("UTF-8", errors[0]);
    }

    [Fact]
    public async Task More_rows_than_the_limit_import_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var rows = Enumerable.Range(1, 1001).Select(i => $"Official {i},,,,o{i}@example.org");

        var errors = await Problems.AssertFieldErrorAsync(await client.ImportCsvAsync(TargetSteps.Csv(["name,title,organisation,country,email", .. rows])), "file");

        Assert.Contains("more than 1,000", errors[0]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task An_official_already_in_the_directory_or_twice_in_the_file_is_an_error()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        await client.CreateTargetAsync(TargetSteps.Ambassador("Cui Tiankai").With("title", "Ambassador"));

        var response = await client.ImportCsvAsync(TargetSteps.Csv("name,title,email", "Cui Tiankai,Ambassador,c@example.org", "Xi Jinping,,x@example.org", "Xi Jinping,,x@example.org"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("already in the directory", problem.GetProperty("errors").GetProperty("rows[2].name")[0].GetString());
        Assert.Contains("twice in the file", problem.GetProperty("errors").GetProperty("rows[4].name")[0].GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task The_template_has_the_import_columns_and_an_example_that_imports()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var template = await client.GetAsync($"{TargetSteps.Targets}/import-template.csv");
        var bytes = await template.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(Header, Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        Assert.Equal(1, (await (await client.PostAsync($"{TargetSteps.Targets}/import", content)).JsonAsync(HttpStatusCode.Created)).GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Any_other_body_is_unsupported()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await client.PostAsync($"{TargetSteps.Targets}/import", new StringContent("{}", Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
