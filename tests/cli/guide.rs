use std::io::Write as _;
use std::os::unix::fs::PermissionsExt as _;
use std::process::{Command, Stdio};

use insta::assert_snapshot;

use crate::support::TestEnv;

#[test]
fn instagram_impersonation_in_english_puts_safety_first_then_each_step_with_what_to_write() {
    let env = TestEnv::new();
    assert_snapshot!(env.run(&["guide", "--platform", "instagram", "--category", "impersonation"]), @r##"
    exit: 0
    ----- stdout -----
    How to report it yourself: Instagram
    What happened: Someone made a fake account pretending to be me

    You are not to blame for what happened, and you do not have to do this alone. This guide takes you through it one step at a time. You can stop at any point and come back later. Nothing you answer here is saved.

    == First, your safety ==

    If you are in physical danger or someone has threatened to hurt you, your safety comes before any report. Call for help now:
      Digital Rights Foundation Cyber Harassment Helpline: 0800-39393 (checked 2026-11-22; source: digitalrightsfoundation.pk, official)
      Police emergency: 15 [NOT CONFIRMED] (checked 2026-11-24)

    Could someone be watching your phone, computer or accounts (for example a partner or family member who knows your passwords or has used your phone)?
    If someone may be watching your phone or accounts, do these steps on a device they have never touched: a trusted friend's phone, or a computer at a helpline or library. Use a private (incognito) window and sign out when you finish. Changing passwords can warn the person watching you: talk to the helpline first if you are unsure.

    == What to do, step by step ==

    --- Step 1 of 2: Report it inside the app ---
    You need to be logged in to an account on the platform for this.
    Do this:
      1. On the fake profile: ⋯ (top right) › Report › Report account.
      2. Pretending to be someone else › Me › Submit.
      3. Follow it later under Settings › Help › Support requests › Reports.
    What to write: "This account is pretending to be me. I did not create it. Please remove it." Add the link to the fake account, and to your real account if you have one.
    Write down the date, the time and any reference number you get, and keep every e-mail you receive about it.
    (checked 2026-11-22)

    Other ways we could not confirm yet
    Try the steps above first. We could not confirm these yet; if the screens differ, call the helpline.

    --- Step 2 of 2: Report it with the online form ---
    [NOT CONFIRMED] We could not confirm this yet; if the screens differ, call the helpline.
    You do not need an account for this.
    Who can report here: the person affected (you), a parent, for their own child
    Open this form: https://help.instagram.com/contact/636276399721841
    The form will ask for:
      - full name
      - contact e-mail
      - username or link of the fake account
      - colour photo of a government-issued ID showing full name and photo
    This form asks for a photo of your ID card (CNIC) or passport. Upload it only inside this official form. Anyone who asks for your ID in a message is a scammer, even if they say they work for the platform.
    What to write: "This account is pretending to be me. I did not create it. Please remove it." Add the link to the fake account, and to your real account if you have one.
    Good to know: Only the person impersonated, or a parent for their own child, can use this form: not friends or other relatives.
    Write down the date, the time and any reference number you get, and keep every e-mail you receive about it.
    (checked 2026-11-22)

    == Keep proof, safely ==

    - Copy the link (web address) of each post, profile or message and keep it in one private place.
    - Write down the date and time you saw it, and the username that posted it.
    - You may screenshot posts, messages and profiles that show you. Keep them in a private folder, not in a shared phone gallery.
    - Do not reply to the person or the fake account, and do not threaten them: it can make things worse and can warn them.
    - NEVER screenshot, download, save or forward pictures or videos of a child, not even as proof. Report the link only.

    == Where to get help ==

    The helpline can do this with you, step by step, and can follow up with the platform:
      Digital Rights Foundation Cyber Harassment Helpline
      Phone: 0800-39393
      E-mail: helpdesk@digitalrightsfoundation.pk
      Website: https://digitalrightsfoundation.pk/cyber-harassment-helpline/
      Hours: Monday to Sunday, 9am to 5pm (7 days a week since May 2022)

    You can also report to the authorities (Pakistan):
      FIA Cyber Crime Wing / NR3C (legacy channels; may redirect to the NCCIA)
        helpdesk@nr3c.gov.pk (checked 2026-11-22; source: nr3c.gov.pk, official)
        051-9106384 (checked 2026-11-22; source: nr3c.gov.pk, official)
        0336-6006060 (checked 2026-11-22; source: nr3c.gov.pk, official)
        1991 (checked 2026-11-22; source: urdupoint.com, news or NGO report)
        https://complaint.fia.gov.pk (checked 2026-11-22; source: lets-legislate.blogspot.com, news or NGO report)
        Hand in a written application at a Cyber Crime circle office. (checked 2026-11-22; source: nr3c.gov.pk, official)
        By post or in person: Director NR3C-FIA, National Police Foundation Building, 2nd Floor, Mauve Area, G-10/4, Islamabad. (checked 2026-11-22; source: askwakeel.pk, news or NGO report)
      Pakistan Telecommunication Authority (PTA), unlawful-content complaints (PECA s.37)
        PTA can have content blocked in Pakistan, or ask the platform to remove it. Report to the platform as well.
        https://complaint.pta.gov.pk/RegisterComplaint.aspx (checked 2026-11-22; source: urdupoint.com, news or NGO report)
        content-complaint@pta.gov.pk (checked 2026-11-22; source: urdupoint.com, news or NGO report)
        Use the PTA CMS mobile app. (checked 2026-11-22; source: urdupoint.com, news or NGO report)
      National Cyber Crime Investigation Agency (NCCIA) [NOT CONFIRMED]
        We could not confirm this yet; if it does not work, call the helpline.
        The federal agency for cybercrime complaints; it took over the FIA's cybercrime wing in 2025. You can complain by phone, by e-mail or in person. A complaint asks for your name, address, CNIC, phone number and what happened, with your proof: links, screenshots and dates.
        1799 (checked 2026-11-22; source: techlist.pk, news or NGO report)
        helpdesk@nr3c.gov.pk [NOT CONFIRMED] (checked 2026-12-07; source: voiceofkp.org, news or NGO report)
        051-9106691 [NOT CONFIRMED] (checked 2026-12-07; source: voiceofkp.org, news or NGO report)
        https://complaint.fia.gov.pk [NOT CONFIRMED] (checked 2026-12-07; source: lets-legislate.blogspot.com, news or NGO report)
        Take a written application and your proof to the nearest cybercrime reporting centre. [NOT CONFIRMED] (checked 2026-12-07; source: nr3c.gov.pk, official)

    In an emergency:
      Digital Rights Foundation Cyber Harassment Helpline: 0800-39393
      Police emergency: 15 [NOT CONFIRMED]

    Come back to the helpline if it is still online after 7 days, if the platform says it found no violation, if new accounts or posts appear, or if someone threatens you or asks for money.

    This guide uses the helpline's platform data, checked on the dates shown. Platforms change their screens without notice. This guide stores nothing about you.
    "##);
    assert!(!env.data_dir().exists(), "a guide never creates a store");
}

#[test]
fn facebook_intimate_images_in_urdu_offers_stopncii_and_the_copyright_route() {
    let env = TestEnv::new();
    assert_snapshot!(env.run(&["guide", "--platform", "facebook", "--category", "ncii", "--lang", "ur"]), @r##"
    exit: 0
    ----- stdout -----
    خود رپورٹ کیسے کریں: Facebook (incl. Messenger)
    کیا ہوا ہے: میری نجی تصویریں یا ویڈیوز میری مرضی کے بغیر شیئر کی گئی ہیں

    جو کچھ ہوا اس میں آپ کا کوئی قصور نہیں، اور آپ کو یہ سب اکیلے نہیں کرنا۔ یہ رہنمائی آپ کو ایک ایک قدم کر کے ساتھ لے چلے گی۔ آپ جب چاہیں رک سکتے ہیں اور بعد میں دوبارہ شروع کر سکتے ہیں۔ یہاں آپ جو بھی جواب دیں گے وہ کہیں محفوظ نہیں ہوتا۔

    == سب سے پہلے: آپ کی حفاظت ==

    اگر آپ کو جسمانی خطرہ ہے یا کسی نے نقصان پہنچانے کی دھمکی دی ہے تو کسی بھی رپورٹ سے پہلے اپنی حفاظت کریں۔ ابھی مدد کے لیے فون کریں:
      Digital Rights Foundation Cyber Harassment Helpline: ⟦0800-39393⟧ (جانچ کی تاریخ ⟦2026-11-22⟧؛ ماخذ: ⟦digitalrightsfoundation.pk⟧، سرکاری)
      پولیس ایمرجنسی: ⟦15⟧ [غیر مصدقہ] (جانچ کی تاریخ ⟦2026-11-24⟧)

    کیا کوئی آپ کا فون، کمپیوٹر یا اکاؤنٹ دیکھ سکتا ہے؟ (مثلاً شریکِ حیات، منگیتر یا گھر کا کوئی فرد جو آپ کے پاس ورڈ جانتا ہو یا آپ کا فون استعمال کرتا رہا ہو)
    اگر کوئی آپ کے فون یا اکاؤنٹ پر نظر رکھ سکتا ہے تو یہ سب کام ایسے فون یا کمپیوٹر سے کریں جسے اس شخص نے کبھی ہاتھ نہ لگایا ہو: کسی قابلِ بھروسہ دوست کا فون، یا ہیلپ لائن یا لائبریری کا کمپیوٹر۔ پرائیویٹ (incognito) ونڈو استعمال کریں اور کام ختم ہونے پر لاگ آؤٹ کر دیں۔ پاس ورڈ بدلنے سے نظر رکھنے والے کو خبر ہو سکتی ہے، اس لیے اگر یقین نہ ہو تو پہلے ہیلپ لائن سے بات کر لیں۔

    == کیا کرنا ہے، قدم بہ قدم ==

    --- قدم 1، کُل 5 میں سے: ایپ کے اندر سے رپورٹ کریں ---
    اس کے لیے آپ کو پلیٹ فارم پر اپنے اکاؤنٹ میں لاگ اِن ہونا ہو گا۔
    یوں کریں:
      1. پوسٹ، پروفائل یا میسج کی رپورٹ کریں۔
      2. وہ آپشن چنیں جو مرضی کے بغیر شیئر کی گئی نجی تصویروں کے لیے ہو۔
    کیا لکھیں: "یہ میری نجی تصویر یا ویڈیو ہے جو میری مرضی کے بغیر شیئر کی گئی ہے۔ براہِ کرم اسے ہٹا دیں۔" ساتھ لنک لگائیں۔
    اگر فارم انگریزی میں ہو تو یہ لکھ سکتے ہیں: ⟦"This is a private picture or video of me. It was shared without my consent. Please remove it."⟧
    یہ بھی جان لیں: Meta ہر وقت، بہت سی زبانوں میں رپورٹیں دیکھتا ہے، اور ہٹائی گئی نجی تصویروں کی کاپیاں دوبارہ اپ لوڈ ہونے سے روکتا ہے۔
    تاریخ، وقت اور ملنے والا کوئی بھی ریفرنس نمبر لکھ لیں، اور اس بارے میں آنے والی ہر ای میل سنبھال کر رکھیں۔
    (جانچ کی تاریخ ⟦2026-11-22⟧)

    --- قدم 2، کُل 5 میں سے: ⟦StopNCII.org⟧ ---
    یہ صفحہ کھولیں: ⟦https://stopncii.org/?lang=ur-pk⟧
    یوں کریں:
      1. ہیش اسی فون یا کمپیوٹر پر بنائیں جس میں تصویر ہے؛ صرف ہیش باہر جاتا ہے، تصویر نہیں۔
      2. کیس نمبر اور PIN فوراً لکھ لیں؛ یہ دوبارہ نہیں مل سکتے۔
      3. بعد میں انہی کے ذریعے اپنا کیس دیکھ سکتے ہیں یا واپس لے سکتے ہیں۔
    یہ کس کے لیے ہے: بالغ افراد (تصویر میں 18 سال یا اس سے زیادہ عمر)؛ برہنہ، نیم برہنہ یا جنسی تصویریں؛ تصویر اسی شخص کے اپنے فون یا کمپیوٹر میں ہونی چاہیے۔
    یہ بھی جان لیں: Facebook بھی StopNCII کا حصہ ہے: جس تصویر کا ہیش آپ وہاں بنائیں گے، وہ Facebook پر بھی روک دی جائے گی۔
    تاریخ، وقت اور ملنے والا کوئی بھی ریفرنس نمبر لکھ لیں، اور اس بارے میں آنے والی ہر ای میل سنبھال کر رکھیں۔
    (جانچ کی تاریخ ⟦2026-11-22⟧)

    --- قدم 3، کُل 5 میں سے: کاپی رائٹ نوٹس ---
    یہ طریقہ صرف اس صورت میں استعمال کریں جب تصویر یا ویڈیو آپ نے خود بنائی ہو: تب اس کا کاپی رائٹ آپ کا ہے۔
    دھیان رہے: کاپی رائٹ نوٹس بھیجنے والے کے نام کے ساتھ (Lumen ڈیٹا بیس میں) شائع ہو سکتا ہے۔ اگر آپ اپنا نام اس پر نہیں چاہتے تو ہیلپ لائن سے کہیں کہ وہ آپ کی طرف سے بھیجے۔
    یہاں کون رپورٹ کر سکتا ہے: کاپی رائٹ کا مالک
    یہ فارم کھولیں: ⟦https://www.facebook.com/help/ipreporting/report/copyright⟧
    کیا لکھیں: "اس تصویر یا ویڈیو کا کاپی رائٹ میرا ہے۔ یہ میری اجازت کے بغیر پوسٹ کی گئی ہے۔" ساتھ لنک لگائیں۔
    اگر فارم انگریزی میں ہو تو یہ لکھ سکتے ہیں: ⟦"I own the copyright in this picture or video. It was posted without my permission."⟧
    تاریخ، وقت اور ملنے والا کوئی بھی ریفرنس نمبر لکھ لیں، اور اس بارے میں آنے والی ہر ای میل سنبھال کر رکھیں۔
    (جانچ کی تاریخ ⟦2026-11-22⟧)

    --- قدم 4، کُل 5 میں سے: کاپی رائٹ نوٹس ---
    یہ طریقہ صرف اس صورت میں استعمال کریں جب تصویر یا ویڈیو آپ نے خود بنائی ہو: تب اس کا کاپی رائٹ آپ کا ہے۔
    دھیان رہے: کاپی رائٹ نوٹس بھیجنے والے کے نام کے ساتھ (Lumen ڈیٹا بیس میں) شائع ہو سکتا ہے۔ اگر آپ اپنا نام اس پر نہیں چاہتے تو ہیلپ لائن سے کہیں کہ وہ آپ کی طرف سے بھیجے۔
    یہاں کون رپورٹ کر سکتا ہے: کاپی رائٹ کا مالک
    اس پتے پر ای میل لکھیں: ⟦ip@fb.com⟧
    کیا لکھیں: "اس تصویر یا ویڈیو کا کاپی رائٹ میرا ہے۔ یہ میری اجازت کے بغیر پوسٹ کی گئی ہے۔" ساتھ لنک لگائیں۔
    اگر فارم انگریزی میں ہو تو یہ لکھ سکتے ہیں: ⟦"I own the copyright in this picture or video. It was posted without my permission."⟧
    تاریخ، وقت اور ملنے والا کوئی بھی ریفرنس نمبر لکھ لیں، اور اس بارے میں آنے والی ہر ای میل سنبھال کر رکھیں۔
    (جانچ کی تاریخ ⟦2026-11-22⟧)

    دوسرے طریقے جن کی ہم ابھی تصدیق نہیں کر سکے
    پہلے اوپر والے طریقے آزمائیں۔ ہم ابھی ان کی تصدیق نہیں کر سکے؛ اگر اسکرین مختلف نظر آئے تو ہیلپ لائن کو فون کریں۔

    --- قدم 5، کُل 5 میں سے: آن لائن فارم کے ذریعے رپورٹ کریں: ⟦"Report a privacy violation"⟧ ---
    [غیر مصدقہ] ہم ابھی اس کی تصدیق نہیں کر سکے؛ اگر اسکرین مختلف نظر آئے تو ہیلپ لائن کو فون کریں۔
    یہاں کون رپورٹ کر سکتا ہے: متاثرہ شخص (یعنی آپ)، والدین، اپنے بچے کے لیے، وہ شخص جسے آپ نے اختیار دیا ہو، جیسے وکیل
    یہ فارم کھولیں: ⟦https://www.facebook.com/help/contact/144059062408922⟧
    کیا لکھیں: "یہ میری نجی تصویر یا ویڈیو ہے جو میری مرضی کے بغیر شیئر کی گئی ہے۔ براہِ کرم اسے ہٹا دیں۔" ساتھ لنک لگائیں۔
    اگر فارم انگریزی میں ہو تو یہ لکھ سکتے ہیں: ⟦"This is a private picture or video of me. It was shared without my consent. Please remove it."⟧
    یہ بھی جان لیں: آپ کی اپنی تصویروں، آپ کے 13 سال سے کم عمر بچے کی تصویروں، یا اس شخص کی تصویروں کے لیے جس کے آپ قانونی نمائندے ہیں۔ تصدیق کی کوئی ای میل نہیں آئے گی۔
    تاریخ، وقت اور ملنے والا کوئی بھی ریفرنس نمبر لکھ لیں، اور اس بارے میں آنے والی ہر ای میل سنبھال کر رکھیں۔
    (جانچ کی تاریخ ⟦2026-11-22⟧)

    == ثبوت سنبھالیں، محفوظ طریقے سے ==

    - ہر پوسٹ، پروفائل یا میسج کا لنک (ویب ایڈریس) کاپی کریں اور ایک ہی نجی جگہ پر رکھیں۔
    - جس تاریخ اور وقت پر آپ نے اسے دیکھا وہ لکھ لیں، اور پوسٹ کرنے والے کا یوزر نیم بھی۔
    - جن پوسٹس، میسجز اور پروفائلز میں آپ خود ہیں ان کے اسکرین شاٹ لے سکتے ہیں۔ انہیں کسی نجی فولڈر میں رکھیں، گھر والوں کے ساتھ شیئر ہونے والی فون گیلری میں نہیں۔
    - اس شخص یا جعلی اکاؤنٹ کو جواب نہ دیں اور نہ ہی دھمکی دیں: اس سے بات بگڑ سکتی ہے اور اسے خبر ہو سکتی ہے۔
    - کسی بچے کی تصویر یا ویڈیو کا کبھی اسکرین شاٹ نہ لیں، نہ ڈاؤن لوڈ کریں، نہ محفوظ کریں اور نہ آگے بھیجیں، ثبوت کے لیے بھی نہیں۔ صرف لنک رپورٹ کریں۔

    == مدد کہاں سے ملے گی ==

    ہیلپ لائن یہ سب آپ کے ساتھ مل کر، قدم بہ قدم کر سکتی ہے، اور پلیٹ فارم سے بات آگے بڑھا سکتی ہے:
      ⟦Digital Rights Foundation Cyber Harassment Helpline⟧
      فون: ⟦0800-39393⟧
      ای میل: ⟦helpdesk@digitalrightsfoundation.pk⟧
      ویب سائٹ: ⟦https://digitalrightsfoundation.pk/cyber-harassment-helpline/⟧
      اوقات: پیر سے اتوار، صبح 9 سے شام 5 بجے تک (مئی 2022 سے ہفتے کے ساتوں دن)

    نجی تصویروں کو دوسرے پلیٹ فارمز پر پھیلنے سے روکیں:
    یہ سروسز آپ کے اپنے فون یا کمپیوٹر پر تصویر کا ایک ڈیجیٹل فنگر پرنٹ (hash) بناتی ہیں۔ تصویر خود کبھی اپ لوڈ نہیں ہوتی۔
      ⟦StopNCII.org⟧: ⟦https://stopncii.org/?lang=ur-pk⟧
        یہ کس کے لیے ہے: بالغ افراد (تصویر میں 18 سال یا اس سے زیادہ عمر)؛ برہنہ، نیم برہنہ یا جنسی تصویریں؛ تصویر اسی شخص کے اپنے فون یا کمپیوٹر میں ہونی چاہیے۔
      ⟦Take It Down (NCMEC)⟧: ⟦https://takeitdown.ncmec.org⟧
        یہ کس کے لیے ہے: وہ تصویریں یا ویڈیوز جو 18 سال سے کم عمر میں بنیں؛ بڑے ہو کر خود بھی، یا والدین بھی، استعمال کر سکتے ہیں۔

    آپ سرکاری اداروں کو بھی رپورٹ کر سکتے ہیں (پاکستان):
      پاکستان ٹیلی کمیونیکیشن اتھارٹی (PTA): غیر قانونی آن لائن مواد کی شکایات (PECA دفعہ 37)
        PTA پاکستان میں مواد بلاک کروا سکتی ہے، یا پلیٹ فارم سے اسے ہٹانے کو کہہ سکتی ہے۔ پلیٹ فارم کو بھی رپورٹ کریں۔
        ⟦https://complaint.pta.gov.pk/RegisterComplaint.aspx⟧ (جانچ کی تاریخ ⟦2026-11-22⟧؛ ماخذ: ⟦urdupoint.com⟧، خبر یا غیر سرکاری تنظیم کی رپورٹ)
        ⟦content-complaint@pta.gov.pk⟧ (جانچ کی تاریخ ⟦2026-11-22⟧؛ ماخذ: ⟦urdupoint.com⟧، خبر یا غیر سرکاری تنظیم کی رپورٹ)
        PTA کی CMS موبائل ایپ استعمال کریں۔ (جانچ کی تاریخ ⟦2026-11-22⟧؛ ماخذ: ⟦urdupoint.com⟧، خبر یا غیر سرکاری تنظیم کی رپورٹ)
      نیشنل سائبر کرائم انویسٹی گیشن ایجنسی (NCCIA) [غیر مصدقہ]
        ہم ابھی اس کی تصدیق نہیں کر سکے؛ اگر یہ کام نہ کرے تو ہیلپ لائن کو فون کریں۔
        سائبر جرائم کی شکایات کا وفاقی ادارہ؛ 2025 میں FIA کا سائبر کرائم ونگ اسی میں ضم ہو گیا۔ آپ فون، ای میل یا خود جا کر شکایت کر سکتے ہیں۔ شکایت میں آپ کا نام، پتہ، شناختی کارڈ نمبر، فون نمبر اور جو ہوا اس کی تفصیل مانگی جاتی ہے، ساتھ آپ کا ثبوت: لنک، اسکرین شاٹ اور تاریخیں۔
        ⟦1799⟧ (جانچ کی تاریخ ⟦2026-11-22⟧؛ ماخذ: ⟦techlist.pk⟧، خبر یا غیر سرکاری تنظیم کی رپورٹ)
        ⟦helpdesk@nr3c.gov.pk⟧ [غیر مصدقہ] (جانچ کی تاریخ ⟦2026-12-07⟧؛ ماخذ: ⟦voiceofkp.org⟧، خبر یا غیر سرکاری تنظیم کی رپورٹ)
        ⟦051-9106691⟧ [غیر مصدقہ] (جانچ کی تاریخ ⟦2026-12-07⟧؛ ماخذ: ⟦voiceofkp.org⟧، خبر یا غیر سرکاری تنظیم کی رپورٹ)
        ⟦https://complaint.fia.gov.pk⟧ [غیر مصدقہ] (جانچ کی تاریخ ⟦2026-12-07⟧؛ ماخذ: ⟦lets-legislate.blogspot.com⟧، خبر یا غیر سرکاری تنظیم کی رپورٹ)
        تحریری درخواست اور اپنا ثبوت لے کر قریبی سائبر کرائم رپورٹنگ سنٹر جائیں۔ [غیر مصدقہ] (جانچ کی تاریخ ⟦2026-12-07⟧؛ ماخذ: ⟦nr3c.gov.pk⟧، سرکاری)

    ایمرجنسی میں:
      Digital Rights Foundation Cyber Harassment Helpline: ⟦0800-39393⟧
      پولیس ایمرجنسی: ⟦15⟧ [غیر مصدقہ]

    ہیلپ لائن سے دوبارہ رابطہ کریں اگر 7 دن بعد بھی مواد موجود ہو، اگر پلیٹ فارم کہے کہ کوئی خلاف ورزی نہیں ملی، اگر نئے اکاؤنٹ یا پوسٹس سامنے آئیں، یا اگر کوئی آپ کو دھمکی دے یا پیسے مانگے۔

    یہ رہنمائی ہیلپ لائن کی پلیٹ فارم معلومات پر مبنی ہے، جن کی جانچ کی تاریخیں ساتھ لکھی ہیں۔ پلیٹ فارم بغیر بتائے اپنی اسکرینیں بدل دیتے ہیں۔ یہ رہنمائی آپ کے بارے میں کچھ بھی محفوظ نہیں کرتی۔
    "##);
}

#[test]
fn x_harassment_as_markdown() {
    let env = TestEnv::new();
    assert_snapshot!(env.run(&["guide", "--platform", "x", "--category", "harassment", "--format", "md"]), @r##"
    exit: 0
    ----- stdout -----
    # How to report it yourself: X (Twitter)

    **What happened:** Someone is harassing or threatening me

    You are not to blame for what happened, and you do not have to do this alone. This guide takes you through it one step at a time. You can stop at any point and come back later. Nothing you answer here is saved.

    ## First, your safety

    **If you are in physical danger or someone has threatened to hurt you, your safety comes before any report. Call for help now:**

    - Digital Rights Foundation Cyber Harassment Helpline: **0800-39393** *(checked 2026-11-22; source: digitalrightsfoundation.pk, official)*
    - Police emergency: **15** *(NOT CONFIRMED)* *(checked 2026-11-24)*

    **Could someone be watching your phone, computer or accounts (for example a partner or family member who knows your passwords or has used your phone)?** If someone may be watching your phone or accounts, do these steps on a device they have never touched: a trusted friend's phone, or a computer at a helpline or library. Use a private (incognito) window and sign out when you finish. Changing passwords can warn the person watching you: talk to the helpline first if you are unsure.

    ## What to do, step by step

    ### Step 1 of 1: Report it with the online form

    Open this form: <https://help.x.com/en/forms/safety-and-sensitive-content/abuse.html>

    **What to write:** "This person is harassing and threatening me. Please remove these posts and stop this account." Add the links, one for each post or message.

    Write down the date, the time and any reference number you get, and keep every e-mail you receive about it. *(checked 2026-11-22)*

    ## Keep proof, safely

    - Copy the link (web address) of each post, profile or message and keep it in one private place.
    - Write down the date and time you saw it, and the username that posted it.
    - You may screenshot posts, messages and profiles that show you. Keep them in a private folder, not in a shared phone gallery.
    - Do not reply to the person or the fake account, and do not threaten them: it can make things worse and can warn them.
    - **NEVER screenshot, download, save or forward pictures or videos of a child, not even as proof. Report the link only.**

    ## Where to get help

    The helpline can do this with you, step by step, and can follow up with the platform:

    - **Digital Rights Foundation Cyber Harassment Helpline**, Phone: **0800-39393**, E-mail: `helpdesk@digitalrightsfoundation.pk`, <https://digitalrightsfoundation.pk/cyber-harassment-helpline/> (Monday to Sunday, 9am to 5pm (7 days a week since May 2022))

    You can also report to the authorities (Pakistan):

    - **Pakistan Telecommunication Authority (PTA), unlawful-content complaints (PECA s.37)** PTA can have content blocked in Pakistan, or ask the platform to remove it. Report to the platform as well.
      - `https://complaint.pta.gov.pk/RegisterComplaint.aspx` *(checked 2026-11-22; source: urdupoint.com, news or NGO report)*
      - `content-complaint@pta.gov.pk` *(checked 2026-11-22; source: urdupoint.com, news or NGO report)*
      - Use the PTA CMS mobile app. *(checked 2026-11-22; source: urdupoint.com, news or NGO report)*
    - **National Cyber Crime Investigation Agency (NCCIA)** *(NOT CONFIRMED: We could not confirm this yet; if it does not work, call the helpline.)* The federal agency for cybercrime complaints; it took over the FIA's cybercrime wing in 2025. You can complain by phone, by e-mail or in person. A complaint asks for your name, address, CNIC, phone number and what happened, with your proof: links, screenshots and dates.
      - `1799` *(checked 2026-11-22; source: techlist.pk, news or NGO report)*
      - `helpdesk@nr3c.gov.pk` *(NOT CONFIRMED)* *(checked 2026-12-07; source: voiceofkp.org, news or NGO report)*
      - `051-9106691` *(NOT CONFIRMED)* *(checked 2026-12-07; source: voiceofkp.org, news or NGO report)*
      - `https://complaint.fia.gov.pk` *(NOT CONFIRMED)* *(checked 2026-12-07; source: lets-legislate.blogspot.com, news or NGO report)*
      - Take a written application and your proof to the nearest cybercrime reporting centre. *(NOT CONFIRMED)* *(checked 2026-12-07; source: nr3c.gov.pk, official)*

    In an emergency: Digital Rights Foundation Cyber Harassment Helpline **0800-39393** · Police emergency **15** *(NOT CONFIRMED)*

    Come back to the helpline if it is still online after 7 days, if the platform says it found no violation, if new accounts or posts appear, or if someone threatens you or asks for money.

    ---

    *This guide uses the helpline's platform data, checked on the dates shown. Platforms change their screens without notice. This guide stores nothing about you.*
    "##);
}

#[test]
fn a_minors_intimate_images_go_to_the_child_protection_hotlines_only_with_links_only() {
    let env = TestEnv::new();
    let out = env.run(&[
        "guide",
        "--platform",
        "tiktok",
        "--category",
        "ncii",
        "--minor",
    ]);
    assert_snapshot!(out, @r##"
    exit: 0
    ----- stdout -----
    How to report it yourself: TikTok
    What happened: Private pictures or videos of me were shared without my consent

    You are not to blame for what happened, and you do not have to do this alone. This guide takes you through it one step at a time. You can stop at any point and come back later. Nothing you answer here is saved.

    == First, your safety ==

    If you are in physical danger or someone has threatened to hurt you, your safety comes before any report. Call for help now:
      Digital Rights Foundation Cyber Harassment Helpline: 0800-39393 (checked 2026-11-22; source: digitalrightsfoundation.pk, official)
      Police emergency: 15 [NOT CONFIRMED] (checked 2026-11-24)

    Could someone be watching your phone, computer or accounts (for example a partner or family member who knows your passwords or has used your phone)?
    If someone may be watching your phone or accounts, do these steps on a device they have never touched: a trusted friend's phone, or a computer at a helpline or library. Use a private (incognito) window and sign out when you finish. Changing passwords can warn the person watching you: talk to the helpline first if you are unsure.

    == What to do, step by step ==

    Because this is about someone under 18, report only to the child-protection services below. Do not use the platform's ordinary forms, and never give the child's name or other details. They can have the content removed and keep the child safe.

    Sexual images of a child are reported only to the child-protection services below. Send the link only. Never open it again, download it, screenshot it or forward it, not even to show someone: that is a crime, even when you mean to help.

    The law: in Pakistan, sexual pictures or videos of anyone under 18 are child sexual abuse material (PECA 2016, section 22), whoever took them. Keeping or sending them is a crime, even to ask for help: report the link only.

    --- Step 1 of 4: NCMEC CyberTipline ---
    Open this page: https://report.cybertip.org/
    Call: +1-800-843-5678
    Write down the date, the time and any reference number you get, and keep every e-mail you receive about it.
    (checked 2026-11-22)

    --- Step 2 of 4: INHOPE hotline referral ---
    Open this page: https://www.inhope.org/EN#hotlineReferral
    Good to know: Finds the child-protection hotline of the country where the material is hosted.
    Write down the date, the time and any reference number you get, and keep every e-mail you receive about it.
    (checked 2026-11-22)

    --- Step 3 of 4: Take It Down (NCMEC) ---
    Who can report here: the person affected (you), a parent, for their own child
    Open this page: https://takeitdown.ncmec.org
    Do this:
      1. The report is anonymous; no personal information is needed.
      2. Make the hash on the device that holds the image; never download or share copies to submit.
    Who it is for: Images or videos taken when the person was under 18; usable later as an adult, or by a parent.
    Write down the date, the time and any reference number you get, and keep every e-mail you receive about it.
    (checked 2026-11-22)

    Other ways we could not confirm yet
    Try the steps above first. We could not confirm these yet; if the screens differ, call the helpline.

    --- Step 4 of 4: IWF reporting portal for Pakistan (with Digital Rights Foundation) ---
    [NOT CONFIRMED] We could not confirm this yet; if the screens differ, call the helpline.
    Who can report here: anyone
    Open this page: https://report.iwf.org.uk/pk/
    Do this:
      1. Report anonymously, in English, Urdu or Pashto; IWF analysts in the UK assess the report.
    Write down the date, the time and any reference number you get, and keep every e-mail you receive about it.
    (checked 2026-11-22)

    == Keep proof, safely ==

    - In this case, keep links only: no screenshots, no copies of pictures or videos.
    - Copy the link (web address) of each post, profile or message and keep it in one private place.
    - Write down the date and time you saw it, and the username that posted it.
    - NEVER screenshot, download, save or forward pictures or videos of a child, not even as proof. Report the link only.

    == Where to get help ==

    The helpline can do this with you, step by step, and can follow up with the platform:
      Digital Rights Foundation Cyber Harassment Helpline
      Phone: 0800-39393
      E-mail: helpdesk@digitalrightsfoundation.pk
      Website: https://digitalrightsfoundation.pk/cyber-harassment-helpline/
      Hours: Monday to Sunday, 9am to 5pm (7 days a week since May 2022)

    Stop intimate images spreading to other platforms:
    These services make a digital fingerprint (hash) of the picture on your own device. The picture itself is never uploaded.
      Take It Down (NCMEC): https://takeitdown.ncmec.org
        Who it is for: Images or videos taken when the person was under 18; usable later as an adult, or by a parent.

    In an emergency:
      Digital Rights Foundation Cyber Harassment Helpline: 0800-39393
      Police emergency: 15 [NOT CONFIRMED]

    Come back to the helpline if it is still online after 7 days, if the platform says it found no violation, if new accounts or posts appear, or if someone threatens you or asks for money.

    This guide uses the helpline's platform data, checked on the dates shown. Platforms change their screens without notice. This guide stores nothing about you.
    "##);
    for absent in ["StopNCII", "tiktok.com", "You may screenshot", "PTA"] {
        assert!(!out.contains(absent), "{absent}");
    }
    let csam = env.run(&["guide", "--platform", "telegram", "--category", "csam"]);
    assert!(
        csam.contains("Sexual images of a child are reported only"),
        "{csam}"
    );
    let unconfirmed = csam
        .find("Other ways we could not confirm yet")
        .expect("a part for them");
    assert!(
        csam.find("--- Step 4 of 4: IWF reporting portal for Pakistan") > Some(unconfirmed),
        "the unconfirmed portal comes after the confirmed hotlines: {csam}"
    );
    assert!(
        csam.contains("--- Step 1 of 4: NCMEC CyberTipline"),
        "{csam}"
    );
}

#[test]
fn out_writes_a_private_standalone_page_escaped_and_right_to_left_in_urdu() {
    let env = TestEnv::new();
    let dir = env.root().join("home/.config/takedown/templates/guide");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("ur.yaml"),
        "title: \"<script>alert(1)</script>\"\n",
    )
    .unwrap();
    let out = env.ok(&[
        "guide",
        "--platform",
        "instagram",
        "--category",
        "impersonation",
        "--lang",
        "ur",
        "--format",
        "html",
        "--out",
        "guide.html",
    ]);
    assert_eq!(out, "guide.html");
    let path = env.root().join("guide.html");
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"ur\" dir=\"rtl\">"),
        "{html}"
    );
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "{html}"
    );
    assert!(html.contains("سب سے پہلے: آپ کی حفاظت"), "{html}");
    assert!(
        html.contains("<li>جعلی پروفائل پر اوپر دائیں کونے میں ⋯ دبائیں، پھر \u{2066}&quot;Report&quot;\u{2069} اور"),
        "the steps in Urdu, each quoted screen label a left-to-right island: {html}"
    );
    assert!(
        html.contains("@font-face { font-family: \"Takedown\"")
            && html.contains("font/woff2;base64,d09GMg")
            && html.contains("body { font-family: \"Takedown\", sans-serif;"),
        "the page carries its own fonts"
    );
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn without_a_terminal_it_never_prompts_and_says_what_to_pass() {
    let env = TestEnv::new();
    assert_snapshot!(env.run(&["guide"]), @r##"
        exit: 2
        ----- stderr -----
        error: no terminal to ask on: pass `--platform` and `--category`, e.g. `takedown guide --platform instagram --category impersonation` (`takedown platforms list` shows the platforms)
    "##);
    assert_snapshot!(env.run(&["guide", "--category", "ncii"]), @r##"
        exit: 2
        ----- stderr -----
        error: no terminal to ask on: pass `--platform` and `--category`, e.g. `takedown guide --platform instagram --category impersonation` (`takedown platforms list` shows the platforms)
    "##);
    assert_snapshot!(env.run(&["guide", "--platform", "nope", "--category", "ncii"]), @r##"
        exit: 2
        ----- stderr -----
        error: no platform `nope`; `takedown platforms list` shows them
    "##);
    assert_snapshot!(env.run(&["guide", "--platform", "x", "--category", "ncii", "--format", "json"]), @r##"
        exit: 2
        ----- stderr -----
        error: invalid value 'json' for '--format <FORMAT>'
          [possible values: text, md, html]

        For more information, try '--help'.
    "##);
}

/// Runs `takedown guide` on a pseudo-terminal (util-linux `script`), typing `answers`.
fn on_a_terminal(env: &TestEnv, args: &str, answers: &str) -> String {
    let std = env.std_command(&[]);
    let bin = std.get_program().to_str().unwrap().to_owned();
    let mut cmd = Command::new("script");
    cmd.env_clear()
        .envs(std.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .current_dir(env.root())
        .args(["-qec", &format!("{bin} guide {args}"), "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("util-linux `script` is installed");
    let mut stdin = child.stdin.take().unwrap();
    // One answer at a time, as a person types: the terminal must not see them all at once
    // before the program has asked.
    for line in answers.lines() {
        std::thread::sleep(std::time::Duration::from_millis(150));
        if writeln!(stdin, "{line}").is_err() {
            break; // the guide ended before the last answer: it asked for less than was typed
        }
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

#[test]
fn on_a_terminal_it_asks_safety_first_then_shows_one_step_at_a_time_and_stores_nothing() {
    let env = TestEnv::new();
    // Danger: yes. Monitored: no. Minor: no. What happened: 3 (impersonation, after ncii and
    // sextortion). Platform: 2 (Instagram, after Facebook). Then Enter after each page.
    let out = on_a_terminal(&env, "", "1\n2\n2\n3\n2\n\n\n\n\n");
    assert!(
        out.contains("How to report it yourself: Instagram"),
        "{out}"
    );
    let at = |needle: &str| {
        out.find(needle)
            .unwrap_or_else(|| panic!("`{needle}` not shown:\n{out}"))
    };
    let danger = at("Are you in physical danger right now");
    let police = at("  Police emergency: 15");
    let monitored = at("Could someone be watching your phone");
    let minor = at("under 18?");
    let category = at("What happened?");
    let platform = at("Where is it happening?");
    let step1 = at("--- Step 1 of 2");
    let next = step1 + out[step1..].find("Press Enter for the next step.").unwrap();
    let step2 = at("--- Step 2 of 2");
    let evidence = at("== Keep proof, safely ==");
    let help = at("== Where to get help ==");
    let order = [
        danger, police, monitored, minor, category, platform, step1, next, step2, evidence, help,
    ];
    assert!(order.is_sorted(), "{order:?}\n{out}");
    assert!(
        !out[step1..next].contains("Step 2"),
        "one step at a time:\n{out}"
    );
    assert!(
        !out.contains("== First, your safety =="),
        "asked already, not repeated"
    );
    assert!(
        !env.data_dir().exists(),
        "nothing written to the data directory"
    );
    assert_eq!(
        crate::support::files_below(env.root()),
        Vec::<std::path::PathBuf>::new(),
        "no file written anywhere"
    );
}

#[test]
fn on_a_terminal_a_wrong_answer_is_asked_again_and_urdu_digits_count() {
    let env = TestEnv::new();
    let out = on_a_terminal(&env, "--lang ur --platform x --category harassment", "");
    assert!(
        out.contains("--- قدم 1، کُل 1 میں سے"),
        "given both, it only prints:\n{out}"
    );
    let out = on_a_terminal(
        &env,
        "--lang ur --platform x",
        "7\n۲\n۲\nnine\n۲\n۴\n\n\n\n",
    );
    assert!(
        out.contains("براہِ کرم اوپر دیے گئے نمبروں میں سے ایک لکھیں۔"),
        "{out}"
    );
    assert!(out.contains("کوئی مجھے ہراساں کر رہا ہے"), "{out}");
    assert!(out.contains("== مدد کہاں سے ملے گی =="), "{out}");
}

#[test]
fn a_broken_user_guide_template_is_named_with_its_line() {
    let env = TestEnv::new();
    let dir = env.root().join("home/.config/takedown/templates/guide");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("guide.md.j2"), "# {{ t.title }}\n{% if %}\n").unwrap();
    let args = [
        "guide",
        "--platform",
        "x",
        "--category",
        "harassment",
        "--format",
        "md",
    ];
    assert_snapshot!(env.run(&args), @r##"
        exit: 2
        ----- stderr -----
        error: the template `[ROOT]/home/.config/takedown/templates/guide/guide.md.j2` is broken at line 2: unexpected end of block
    "##);
}

#[test]
fn on_a_terminal_a_victim_threatened_on_two_platforms_gets_one_guide_for_both() {
    let env = TestEnv::new();
    // Danger: no. Monitored: no. Minor: no. What happened: 2 (someone threatens to share my
    // pictures). Where: 1 and 4 (Facebook and WhatsApp), typed together. Then Enter per page.
    let out = on_a_terminal(&env, "", "2\n2\n2\n2\n1 4\n\n\n\n\n\n\n\n");
    for menu in [
        "  2. Someone is threatening to share my pictures, or asks for money",
        "  1. Facebook (incl. Messenger)",
        "  4. WhatsApp",
        "You can choose more than one",
    ] {
        assert!(out.contains(menu), "`{menu}` not offered:\n{out}");
    }
    let at = |needle: &str| {
        out.find(needle)
            .unwrap_or_else(|| panic!("`{needle}` not shown:\n{out}"))
    };
    let order = [
        at("How to report it yourself: Facebook (incl. Messenger), WhatsApp"),
        at("- Do not pay, and do not send more pictures."),
        at("=== Facebook (incl. Messenger) ==="),
        at("=== WhatsApp ==="),
        at("Open the chat › tap the contact or group name › Report (and Block)."),
        at("== Keep proof, safely =="),
        at("National Cyber Crime Investigation Agency (NCCIA)"),
    ];
    assert!(order.is_sorted(), "{order:?}\n{out}");
    assert_eq!(
        out.matches("How to report it yourself").count(),
        1,
        "one guide covering both"
    );
    assert_eq!(
        crate::support::files_below(env.root()),
        Vec::<std::path::PathBuf>::new(),
        "no file written anywhere"
    );
}

#[test]
fn platform_can_be_repeated_for_one_exported_guide_and_quoted_labels_stay_the_right_way_round() {
    let env = TestEnv::new();
    let out = env.redact(&env.ok(&[
        "guide",
        "--platform",
        "x",
        "--platform",
        "whatsapp,x",
        "--category",
        "ncii",
        "--lang",
        "ur",
        "--format",
        "md",
    ]));
    assert!(
        out.starts_with("# خود رپورٹ کیسے کریں: X (Twitter)، WhatsApp\n"),
        "each platform once: {out}"
    );
    assert!(
        out.contains("## ⟦X (Twitter)⟧") && out.contains("## ⟦WhatsApp⟧"),
        "{out}"
    );
    assert!(
        out.contains("پوسٹ پر ⋯ دبائیں، پھر ⟦\"Report post\"⟧ اور ⟦\"It displays a sensitive photo or video\"⟧ چنیں۔"),
        "the steps in Urdu, the screen's own words in English inside isolates: {out}"
    );
    // Every quoted run with English in it sits inside a left-to-right isolate, so its quotes
    // are not flipped in right-to-left text.
    let outside = regex::Regex::new(r#"⟦"[^"⟧]*"⟧"#)
        .unwrap()
        .replace_all(&out, "");
    let stray = regex::Regex::new(r#""[^"\n]*[A-Za-z][^"\n]*""#).unwrap();
    assert!(
        !stray.is_match(&outside),
        "an English quote outside an isolate: {:?}",
        stray.find(&outside)
    );
    assert_snapshot!(env.run(&["guide", "--platform", "x,nope", "--category", "ncii"]), @r"
    exit: 2
    ----- stderr -----
    error: no platform `nope`; `takedown platforms list` shows them
    ");
}
