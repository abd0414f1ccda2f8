import type { publicPages as nb } from "../nb/public";
import type { Widen } from "../types";
import { CODE_POLICY } from "@/lib/registration/policy";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { duration, numberWord } from "./numbers";

const codeLifetime = duration(CODE_POLICY.lifetimeSeconds);

/** Texts for the public pages: the front page, help, and login. */
export const publicPages: Widen<typeof nb> = {
  home: {
    title: "Front page",
    heading: "Welcome to Medlemsportalen",
    lead: "Medlemsportalen is the way in to the services from Helse- og KommuneCERT (demo). Here you find alerts, vulnerabilities and threat assessments for your organisation, and you can report an incident.",
    audience:
      "The portal is for staff in the health and municipal sector, at hospitals, health trusts and municipalities that are members with us.",
    servicesHeading: "Services",
    servicesLoggedOut: "You need to log in to use the services.",
    services: {
      sensorAlerts: {
        title: "Sensor alerts",
        description:
          "Alerts from the network sensors about suspicious traffic at your organisation.",
      },
      vulnerabilities: {
        title: "Vulnerability overview",
        description:
          "Vulnerabilities we have found in systems your organisation exposes to the internet.",
      },
      threatAssessments: {
        title: "Threat assessments",
        description: "Threat assessments and security advice for the health and municipal sector.",
      },
      reportIncident: {
        title: "Report an incident",
        description: "Tell us about a security incident, and we will help you handle it.",
      },
      securityForum: {
        title: "Information security forum",
        description: "A place to share experience of information security in the health sector.",
      },
    },
    gettingStartedHeading: "How to get started",
    gettingStarted: [
      {
        title: "Log in with ID-porten",
        text: "The first time, you log in with ID-porten. This makes sure the right person gets access.",
      },
      {
        title: "Register your profile",
        text: "Enter your full name and your work email, so that we can link you to the right organisation.",
      },
      {
        title: "Confirm your email address",
        text: `Enter the one-time code we send to your email. The code is valid for ${codeLifetime}.`,
      },
      {
        title: "Get started with your membership",
        text: "If your work email belongs to an organisation that is a member with us, you join its member group straight away. If not, you can search for the member group and ask for access.",
      },
      {
        title: "Turn on a passkey",
        text: "Later you can turn on a passkey under “My profile” to log in faster.",
      },
    ],
    browserTip:
      "Use a modern browser such as Chrome, Edge or Safari. The portal works on both mobile and computer, but larger screens give the best overview.",
    helpPrefix: "Need help?",
    helpLink: "See the help pages",
  },
  help: {
    title: "Help",
    heading: "Help",
    lead: "The support team helps with both logging in and membership.",
    intro:
      "Having trouble logging in, stuck in the registration, or cannot find your organisation? We can help.",
    criticalHeading: "Critical incidents",
    critical:
      "For critical incidents we recommend that you call us, so that we can mobilise quickly and coordinate the work that follows.",
    faqHeading: "Common problems",
    faq: {
      emailMissing: {
        question: "I cannot find the email with the code",
        answer: [
          "Emails from new senders sometimes end up in spam or quarantine. Look there first. The email has the subject “Confirm your email address”.",
          "Wait a couple of minutes, and ask for a new code on the same screen if you still do not have it.",
        ],
      },
      privateEmail: {
        question: "I used a private email instead of my work email",
        answer: [
          "We link you to your organisation by your work email. A private address, for example from Gmail or Hotmail, does not give membership.",
          "Register your work email instead. You can also add it later under “My profile”.",
        ],
      },
      codeExpired: {
        question: "The code has expired or does not work",
        answer: [
          `The code is valid for ${codeLifetime} and can only be used once. After ${numberWord(CODE_POLICY.maxFailedAttempts, true)} wrong attempts the code stops working.`,
          "Ask for a new code with “Resend code” on the same screen, and enter it straight away.",
        ],
      },
      memberGroup: {
        question: "I cannot find my member group",
        answer: [
          "Under “Member groups” you can search for the member group and send a membership request. There you also see the status of your requests.",
          "Still cannot find your member group? Contact support, and we will help you.",
        ],
      },
      passkey: {
        question: "Questions about passkeys",
        answer: [
          "Passkeys need devices that support FIDO2/WebAuthn. Ask your security officer if you are unsure whether your organisation has this in place.",
          "You turn on a passkey under “My profile” after your first login. You can use physical security keys, your device or a password manager.",
          "Lost your device, or is your passkey not working? ID-porten is always available as a backup. Log in with ID-porten and remove the old passkey under “My profile”.",
        ],
      },
      idleLogout: {
        question: "I was logged out",
        answer: [
          `For security reasons you are logged out automatically after ${duration(SESSION_POLICY.idleSeconds)} without activity. You get a warning ${duration(SESSION_POLICY.warnBeforeIdleSeconds)} before.`,
          "Log in again to continue.",
        ],
      },
    },
    resourcesHeading: "More resources",
    nhnPrefix:
      "Read more about the national protection programme (Nasjonalt beskyttelsesprogram) at",
    nhnLink: "nhn.no",
    nhnHref: "https://www.nhn.no",
    notices: "Keep an eye on notifications in the portal for service notices.",
  },
  login: {
    title: "Log in",
    heading: "Log in",
    lead: "ID-porten the first time – a passkey can be turned on later.",
    firstTime:
      "The first time you log in, we ask you to use ID-porten. This makes sure the right person gets access, and lets you turn on a passkey afterwards for easier logins.",
    idportenHeading: "With ID-porten",
    backup: "If there are technical problems, ID-porten is always available as a backup.",
    passkeyHeading: "With a passkey",
    passkeyIntro: "If you have already set up a passkey, you can use it instead.",
    passkeyButton: "Log in with a passkey",
    passkeyRequirements:
      "Passkeys need devices that support FIDO2/WebAuthn. Ask your security officer if you are unsure whether your organisation has this in place.",
    helpPrefix: "Problems logging in?",
    helpLink: "Get help",
  },
};
