/**
 * The starter psychoeducation library, added to a new practice once (see `seedResources`); the
 * counselor may edit or remove any entry afterwards. Written for Accord, not copied: plain
 * language near an 8th-grade reading level, warm and neutral, no brand names and no promise of a
 * cure. Each entry's benefits, drawbacks and asks become an option card in Client view, so they
 * speak to the client ("You…") and are honest about costs: time, homework, discomfort, money and
 * the limits of the evidence. A client can only choose freely if the drawbacks are real ones.
 */

export const STARTER_TAGS = [
  'approach',
  'anxiety',
  'depression',
  'trauma',
  'skills',
  'stress',
  'substance-use',
  'medication',
  'referral',
  'relationships',
  'group',
] as const;
export type StarterTag = (typeof STARTER_TAGS)[number];

export interface StarterResource {
  /** Stable across releases: marks the row as a starter entry (resources.starter_key). */
  readonly key: string;
  readonly title: string;
  /** Plain text; paragraphs are separated by a blank line, list items start with "- ". */
  readonly body: string;
  readonly benefits: string;
  readonly drawbacks: string;
  readonly asks: string;
  readonly tags: readonly StarterTag[];
}

const text = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const STARTER_RESOURCES: readonly StarterResource[] = [
  {
    key: 'cbt',
    title: 'Cognitive behavioral therapy (CBT)',
    body: text(
      'Cognitive behavioral therapy, or CBT, looks at how thoughts, feelings, and actions affect each other. When we feel low or worried, our minds often jump to the worst outcome or see things as all good or all bad. Those thoughts shape what we do, and what we do can feed the feeling. CBT helps you notice these patterns and test them.',
      'In CBT, you and your counselor pick a problem to work on and set clear goals. Sessions tend to have a plan. You might track your mood, write down the thoughts that show up in hard moments, and look at the facts for and against them. You may also try small experiments, like doing something you have been avoiding, to see what really happens.',
      'CBT is one of the most studied kinds of talk therapy. Research shows it helps many people with depression, anxiety, panic, and sleep problems. It does not work for everyone, and it is not the only good choice. It tends to focus on the present more than the past.',
      'CBT is often short term, such as 12 to 20 sessions, though this varies. Much of the change happens between sessions, when you practice new skills in daily life.',
    ),
    benefits:
      'You learn practical skills you can keep using after therapy ends. CBT is well studied for depression and anxiety, and progress is often easy to see.',
    drawbacks:
      'It usually includes homework, like writing down thoughts, which takes time and effort. Looking closely at painful thoughts can feel uncomfortable, and it may not fit if you mainly want to talk through the past.',
    asks: 'You meet regularly, often weekly, and practice skills between sessions. You are asked to try new things, even when they feel awkward at first.',
    tags: ['approach', 'skills', 'depression', 'anxiety'],
  },
  {
    key: 'dbt-skills',
    title: 'DBT skills',
    body: text(
      'Dialectical behavior therapy, or DBT, was first made for people who feel emotions very strongly and find them hard to manage. Today, many people use DBT skills for intense feelings, sudden urges, self-harm, and stormy relationships.',
      '“Dialectical” means holding two ideas that seem opposite at the same time. In DBT, the main pair is acceptance and change: you are doing the best you can, and you can also learn new ways to cope.',
      'DBT teaches four groups of skills:\n- Mindfulness: noticing what is happening right now without judging it.\n- Distress tolerance: getting through a crisis without making it worse.\n- Emotion regulation: understanding your feelings so they overwhelm you less often.\n- Interpersonal effectiveness: asking for what you need, and saying no, while keeping your self-respect.',
      'Skills are often taught in a class-like group, with handouts and practice sheets. A full DBT program can include weekly individual therapy, a skills group, and phone coaching between sessions. Other people learn a few skills with their counselor in regular sessions.',
      'Full DBT programs have good research support, especially for self-harm and suicidal behavior. Learning some skills on their own can help too, but there is less research on that.',
    ),
    benefits:
      'You get concrete tools to use when emotions run high. The skills can make a crisis feel more manageable and relationships feel less stormy.',
    drawbacks:
      'A full program asks a lot of your time, often six months to a year, and it can cost more. If you learn only a few skills, know that this has less research behind it than the full program.',
    asks: 'You practice skills every day and often fill out tracking sheets. You may be asked to join a group or to commit to a set length of time.',
    tags: ['approach', 'skills', 'stress', 'relationships'],
  },
  {
    key: 'act',
    title: 'Acceptance and commitment therapy (ACT)',
    body: text(
      'Acceptance and commitment therapy, often called ACT (said like the word “act”), takes a different angle on painful thoughts and feelings. Instead of arguing with them or trying to make them go away, ACT helps you change your relationship with them, so they have less say over what you do.',
      'ACT has three main parts. The first is acceptance: making room for hard feelings instead of fighting them, since fighting often makes them louder. The second is seeing thoughts as thoughts. A thought like “I’m a failure” is a string of words your mind produces, not a fact you have to obey. The third is values: working out what matters most to you, such as family, learning, or kindness, and taking steps toward it even when it is uncomfortable.',
      'Sessions often use stories, images, and short exercises. You might practice noticing your thoughts, or plan one small action each week that fits your values.',
      'ACT has growing research support for anxiety, depression, long-term pain, and stress. It can be a good fit if you are tired of struggling with your own mind, or if you feel stuck and unsure what you want your life to be about. Some people find its ideas strange at first. That usually eases with practice.',
    ),
    benefits:
      'You learn to carry hard feelings with less struggle and to act on what matters to you. It can help even when a problem cannot be fully fixed, like long-term pain.',
    drawbacks:
      'Some of its ideas can feel odd or abstract at first. It does not promise that painful feelings will go away, which can be hard to hear if that is what you want most.',
    asks: 'You try short exercises in and between sessions and spend time thinking about your values. You take small steps toward what matters, even when feelings get in the way.',
    tags: ['approach', 'skills', 'anxiety', 'depression', 'stress'],
  },
  {
    key: 'emdr',
    title: 'EMDR (eye movement desensitization and reprocessing)',
    body: text(
      'EMDR stands for eye movement desensitization and reprocessing. It is a structured therapy used mainly to help people recover from traumatic or very upsetting experiences.',
      'After trauma, a memory can stay “stuck.” It may come back as flashbacks, nightmares, or strong reactions to things that remind you of it. EMDR aims to help your brain process the memory so it feels less raw, and more like something that happened in the past.',
      'EMDR happens in steps. First, your counselor learns your history and helps you build ways to calm yourself. This can take a few sessions or longer. Later, you bring a memory to mind for short periods while following a back-and-forth movement, such as your counselor’s hand moving side to side, sounds in each ear, or gentle taps. Then you notice whatever comes up. You do not have to describe every detail out loud.',
      'EMDR has strong research support for post-traumatic stress. Experts still debate how much the eye movements themselves add, compared with the memory work that happens alongside them. Your counselor needs special training to offer it.',
      'Feelings can get stronger for a while during this work. You can pause or stop at any point, and your counselor will check in with you often.',
    ),
    benefits:
      'EMDR is well studied for trauma and may take fewer sessions than some other trauma therapies. You do not have to talk through every detail of what happened.',
    drawbacks:
      'Upsetting memories, dreams, or feelings may come up for you between sessions for a while. Researchers still disagree about how much the eye movements themselves matter.',
    asks: 'You spend time first learning ways to calm yourself. Later, you bring hard memories to mind for short periods and tell your counselor what you notice.',
    tags: ['approach', 'trauma'],
  },
  {
    key: 'person-centered',
    title: 'Person-centered therapy',
    body: text(
      'Person-centered therapy starts from a simple belief: you are the expert on your own life. Given the right conditions, people tend to grow toward what is healthy for them. The counselor’s job is to create those conditions, not to direct you.',
      'Those conditions are warmth, honesty, and deep listening. Your counselor tries to understand how things look and feel from your side, without judging you. They reflect back what they hear, so you can hear yourself more clearly. They will not tell you what to do, give homework, or follow a set plan unless you ask for it.',
      'You decide what to talk about. Sessions might explore a choice you are facing, a loss, a relationship, or a sense that something is missing. Over time, many people find they understand themselves better, trust their own judgment more, and feel able to make changes on their own terms.',
      'The relationship between you and your counselor is at the heart of this approach. Research shows that a strong, trusting relationship matters in every kind of therapy. Person-centered therapy can help with many concerns. For some problems, like panic attacks or trauma, more structured approaches have stronger research support, and the two can be combined.',
    ),
    benefits:
      'You set the pace and the topics, and you are listened to without judgment. It can help you understand yourself better and trust your own choices.',
    drawbacks:
      'With no set steps, progress can feel slow or hard for you to measure. If you are dealing with panic or trauma, more structured therapies have stronger evidence.',
    asks: 'You bring what matters to you and speak as openly as you can. There is usually no homework, but change often depends on reflecting between sessions.',
    tags: ['approach', 'depression', 'relationships'],
  },
  {
    key: 'motivational-interviewing',
    title: 'Motivational interviewing',
    body: text(
      'Most of us have felt two ways about a change. You might want to drink less, and also enjoy drinking. You might want to leave a job, and also fear the unknown. Feeling torn like this is normal. Motivational interviewing is a way of talking that helps you sort through those mixed feelings.',
      'Your counselor will not lecture you or push you to change. Pushing tends to make people defend the way things are. Instead, your counselor asks open questions, listens closely, and helps you hear your own reasons for and against a change. The choice stays yours, including the choice not to change.',
      'Conversations often look at what you value, what is and is not working right now, and how ready and sure you feel. If you decide to make a change, you and your counselor can plan the first steps together.',
      'Motivational interviewing has good research support, especially for alcohol and drug use. It is also used for health habits, like exercise or taking medicine as planned. It is often brief, sometimes only a few sessions, and it is often combined with other approaches once you know what you want.',
    ),
    benefits:
      'You are not pushed or judged, and the decision stays yours. It can help you get unstuck when part of you wants to change and part of you does not.',
    drawbacks:
      'It focuses more on deciding whether to change than on how to change, so you may need other support afterward. If you already know what you want, it may feel slow.',
    asks: 'You are asked to be honest about both sides of how you feel, even the parts that argue against change. You think about what matters to you and how ready you feel.',
    tags: ['approach', 'substance-use'],
  },
  {
    key: 'mindfulness',
    title: 'Mindfulness-based approaches',
    body: text(
      'Mindfulness means paying attention to the present moment, on purpose, with curiosity instead of judgment. That might mean noticing your breath, the feeling of your feet on the floor, or the sounds around you. When your mind wanders, and it will, you gently bring it back.',
      'Mindfulness-based approaches teach this skill through regular practice. Some are set courses, often eight weekly group classes with daily practice at home. Others add short exercises to regular counseling sessions. Practices include guided breathing, body scans, mindful walking, and watching thoughts and feelings come and go.',
      'The aim is not to empty your mind or to feel calm all the time. It is to notice what is happening sooner, and to respond by choice instead of on autopilot. For example, you might notice worry building before it takes over, or the start of a low mood before it pulls you down.',
      'Research supports mindfulness-based programs for stress and anxiety, and for lowering the chance that depression comes back in people who have had it several times. Results depend a lot on regular practice. For some people, especially after trauma, turning attention inward can bring up distress. It helps to start slowly and adjust the exercises with your counselor.',
    ),
    benefits:
      'You learn a skill you can use anywhere, a few minutes at a time. Regular practice can lower stress and help you catch worry or low mood earlier.',
    drawbacks:
      'Most people need weeks of daily practice before they notice a change. Turning your attention inward can sometimes stir up upsetting feelings, especially after trauma.',
    asks: 'You practice most days, often for 10 to 30 minutes. You may be asked to join a group course or to use recorded exercises at home.',
    tags: ['approach', 'skills', 'stress', 'anxiety', 'depression'],
  },
  {
    key: 'medication-referral',
    title: 'Talking with a prescriber about medication',
    body: text(
      'For some people, medication is a helpful part of care for depression, anxiety, sleep problems, or other concerns. Your counselor does not prescribe medication and cannot tell you which one to take. What your counselor can do is talk with you about whether seeing a prescriber makes sense, and help you get ready for that visit.',
      'A prescriber is a health professional who is allowed to prescribe medicine. This might be your primary care provider, a psychiatrist, or a psychiatric nurse practitioner. They will ask about your symptoms, your health, other medicines you take, and what you have tried before. Then they can go over your options with you, including the option not to take medication.',
      'Medication and therapy often work well together. For many people, medication eases symptoms enough that the work in therapy feels more possible. Medicines can also have side effects, and it can take several weeks to know whether one is helping. Sometimes it takes more than one try to find a good fit.',
      'Starting, changing, or stopping a medicine is your decision, made with your prescriber. It is safest not to stop a medicine suddenly without talking with them first, because some need to be lowered slowly. With your written permission, your counselor and prescriber can share information so your care fits together.',
    ),
    benefits:
      'Medication may ease symptoms enough to make daily life and therapy feel more manageable. A prescriber can also check whether a health issue is adding to how you feel.',
    drawbacks:
      'You may have side effects, and it can take weeks or more than one try to find a medicine that helps. Visits add to your time and costs, and wait lists can be long.',
    asks: 'You make and keep an appointment with a prescriber and share honest information about your health. If you start a medicine, you take it as agreed and say how it is going.',
    tags: ['medication', 'referral', 'depression', 'anxiety'],
  },
  {
    key: 'couples-family',
    title: 'Couples or family sessions',
    body: text(
      'Sometimes the problem you came in with is closely tied to the people you live with or love. Couples or family sessions bring those people into the room, so you can work on the relationship together instead of only talking about it.',
      'In these sessions, the counselor does not take sides or decide who is right. The focus is on the patterns between people: how you talk, how arguments start and end, how decisions get made, and what each person needs but may not be saying. The counselor helps everyone speak and be heard, slows down heated moments, and helps you try new ways of responding to each other.',
      'Sessions might include a partner, parents, children, brothers or sisters, or other important people. Some sessions may be with everyone, and some with one person at a time. Your own counseling can continue alongside, or pause, depending on what you and your counselor decide.',
      'Research shows couples and family therapy can help with relationship stress. It can also help with one person’s problem, such as a teenager’s depression or a parent’s drinking. It works best when everyone takes part willingly. Joint sessions are not a good idea when someone is unsafe at home. If there is violence or fear in a relationship, tell your counselor privately so you can plan what is safe.',
    ),
    benefits:
      'You work on problems with the people involved, not just about them. Everyone gets heard, and new ways of relating can be practiced in the room.',
    drawbacks:
      'Hard topics can come up in front of people you care about, and sessions can feel tense. It depends on others being willing to take part, and it may not be safe if there is violence or fear at home.',
    asks: 'You and the others agree to come regularly and to listen as well as speak. You may be asked to try new ways of talking with each other between sessions.',
    tags: ['approach', 'relationships'],
  },
  {
    key: 'group-therapy',
    title: 'Group therapy',
    body: text(
      'In group therapy, a small group of people, often five to ten, meets regularly with one or two counselors. Members usually share a common concern, such as grief, anxiety, depression, recovery from drinking or drugs, or feeling more at ease with others.',
      'Some groups teach skills, with a short lesson and practice each week. Others are more open, with members talking about what is going on in their lives and how they relate to each other in the room. Many groups mix both.',
      'Hearing that others struggle with similar things can ease the feeling of being alone. You can learn from how others cope, give support as well as receive it, and practice speaking up in a safe setting. Many people find that helping someone else helps them too.',
      'Group members agree to keep what is shared in the group private. Counselors work hard to protect that promise, but they cannot fully control what other members do, so you choose how much to share. You do not have to tell your whole story on the first day. It is normal to feel nervous at first.',
      'Research shows group therapy can work about as well as individual therapy for many concerns, including depression and anxiety. It often costs less per session. Groups usually meet at a set time, and some run for a set number of weeks.',
    ),
    benefits:
      'You get support from people who understand, and you can help others too. Group sessions often cost less than individual ones.',
    drawbacks:
      'You get less one-on-one time, and sharing in front of others can feel uncomfortable. The counselor cannot fully control whether other members keep what you share private.',
    asks: 'You come at the set time each week and respect other members’ privacy. You listen to others and share at a pace that feels right to you.',
    tags: ['group', 'skills', 'depression', 'anxiety', 'substance-use'],
  },
];
