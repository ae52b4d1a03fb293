using Campaigns.Verify;

using var http = new HttpClient();
return await VerifyCommand.RunAsync(args, Console.Out, http);
