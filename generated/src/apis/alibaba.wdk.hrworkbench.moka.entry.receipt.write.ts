// Generated from specs/wdk/alibaba.wdk.hrworkbench.moka.entry.receipt.write.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.hrworkbench.moka.entry.receipt.write` (摩卡确认入职后往入职单据表写数据接口). */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteRequest {
  /** 确认入职后入职单据请求 */
  param_sync_entry_receipt_request?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteSyncEntryReceiptRequestInput;
}

/** Response of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteResponse {
  /** data */
  data?: boolean;
  /** 失败 */
  fail?: boolean;
  /** 结果信息 */
  message?: string;
  /** 成功并且结果非空 */
  succ_and_not_null?: boolean;
  /** 成功结果为空 */
  succ_and_null?: boolean;
  /** trace_id */
  trace_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncEntryReceiptRequest` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteSyncEntryReceiptRequestInput {
  /** 地址信息 */
  address_info?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteAddressInfoInput[];
  /** 联系人信息 */
  contact_info?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteContactInfoInput[];
  /** 教育经历 */
  education_exp_info?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteEducationExpInfoInput[];
  /** 员工主要信息 */
  employee_basic?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteEmployeeBasicInput;
  /** 家庭信息 */
  family_info?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteFamilyInfoInput[];
  /** 工作履历 */
  job_exp_info?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteJobExpInfoInput[];
  /** 证件信息 */
  offer_license_info?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteOfferLicenseInfoInput[];
  /** 关联方申报信息 */
  related_party_info?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteRelatedPartyInfoInput[];
  /** 语言信息 */
  language_info?: AlibabaWdkHrworkbenchMokaEntryReceiptWriteLanguageInfoInput[];
}

/** `AddressInfo` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteAddressInfoInput {
  /** 地址类型 */
  address_type?: string;
  /** 城市 */
  city?: string;
  /** 省份 */
  state?: string;
  /** 国家 */
  country?: string;
  /** 详细地址 */
  address?: string;
}

/** `ContactInfo` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteContactInfoInput {
  /** 联系人姓名 */
  contact_name?: string;
  /** 联系人类型 */
  contact_type?: string;
  /** 联系人手机号 */
  mobile?: string;
}

/** `EducationExpInfo` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteEducationExpInfoInput {
  /** 学历 */
  education?: string;
  /** 开始日期 */
  gmt_end?: string;
  /** 结束日期 */
  gmt_start?: string;
  /** 专业 */
  major?: string;
  /** 学校 */
  school?: string;
  /** 学制年数 */
  schooling_years?: string;
}

/** `EmployeeBasic` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteEmployeeBasicInput {
  /** 私人邮箱 */
  e_mail?: string;
  /** 开户名 */
  account_name?: string;
  /** 民事纠纷金额 */
  amount_of_civil_disputes?: string;
  /** 附件* {"身份证-正面":"url"} */
  attachment?: string;
  /** 银行账号 */
  bank_account?: string;
  /** 开户银行 */
  bank_branch?: string;
  /** 银行国家 */
  bank_country?: string;
  /** 开户支行 */
  bank_subbranch?: string;
  /** 基本工资 */
  basic_salary?: string;
  /** 生日 */
  birthday?: string;
  /** companiesEmployed */
  companies_employed?: string;
  /** 电脑操作 */
  computer_operate?: string;
  /** 行政处罚或犯罪记录具体描述 */
  crime_desc?: string;
  /** 最高学位 */
  degree?: string;
  /** 是否有重大疾病/手术记录 */
  diseases_name?: string;
  /** 最高学历 */
  education?: string;
  /** 员工子类 */
  emp_sub_type?: string;
  /** 员工类型 */
  emp_type?: string;
  /** 曾受雇的结束时间 */
  end_time_employed?: string;
  /** 入职小管家 */
  entry_assistant?: string;
  /** 入职时间 */
  gmt_entry?: string;
  /** 健康证到期日期 */
  gmt_health_cert_end?: string;
  /** 转正日期 */
  gmt_orig_regular?: string;
  /** 住房公积金截止日期 */
  house_fund_pay_time?: string;
  /** 户口类型 */
  hukou_type?: string;
  /** 是否有无犯罪记录 */
  is_crime?: string;
  /** 是否有残疾证 */
  is_disability?: string;
  /** 是否有重大疾病/手术记录 */
  is_diseases?: string;
  /** 是否曾受雇与本公司/联营商家/促销厂商 */
  is_employed?: string;
  /** 是否内部推荐 */
  is_internal_referral?: string;
  /** 是否海外 */
  is_oversea?: string;
  /** 是否缴纳住房公积金 */
  is_pay_house_fund?: string;
  /** 是否缴纳社保 */
  is_pay_social_security?: string;
  /** 与其他单位仍有民事纠纷 */
  is_still_civil_disputes?: string;
  /** 曾担任的职务 */
  job_employed?: string;
  /** 层级 */
  job_level?: string;
  /** 曾受雇的工作地点 */
  location_employed?: string;
  /** 工作地点 */
  location_no?: string;
  /** 婚姻状况 */
  marriage?: string;
  /** 手机号 */
  mobile?: string;
  /** 姓名 */
  name?: string;
  /** 民族 */
  nation?: string;
  /** 国籍 */
  nation_country?: string;
  /** 籍贯 */
  native_place?: string;
  /** 部门组织 */
  org_code?: string;
  /** 其他技能 */
  other_skill?: string;
  /** 职位 */
  post_no?: string;
  /** 推荐人姓名 */
  referral_name?: string;
  /** 推荐人关系 */
  referral_relation?: string;
  /** 计薪方式 */
  salary_type?: string;
  /** 服务公司 */
  service_company?: string;
  /** 性别 */
  sex?: string;
  /** 法人公司 */
  sign_company?: string;
  /** 招聘渠道 */
  source?: string;
  /** 曾受雇的开始时间 */
  start_time_employed?: string;
  /** 实线主管 */
  super_name?: string;
  /** 失业保险缴纳截止日期 */
  unemployment_pay_time?: string;
  /** 虚线主管 */
  virt_name?: string;
  /** 层级工资 */
  level_salary?: string;
  /** 绩效奖金 */
  performance_pay?: string;
  /** 餐补 */
  meal_allowance?: string;
}

/** `FamilyInfo` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteFamilyInfoInput {
  /** 手机号码 */
  contact?: string;
  /** 家庭成员姓名 */
  family_name?: string;
  /** 职位 */
  post?: string;
  /** 关系 */
  relationship?: string;
  /** 工作单位 */
  work_company?: string;
}

/** `JobExpInfo` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteJobExpInfoInput {
  /** 部门 */
  department?: string;
  /** 离职原因 */
  dimission_reason?: string;
  /** 结束日期 */
  gmt_end?: string;
  /** 开始日期 */
  gmt_start?: string;
  /** 职位 */
  position?: string;
  /** 薪资（月） */
  salary_by_month?: string;
  /** 工作单位 */
  company?: string;
}

/** `OfferLicenseInfo` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteOfferLicenseInfoInput {
  /** 是否首选证件 */
  first?: string;
  /** 证件开始时间 */
  gmt_begin?: string;
  /** 证件结束日期 */
  gmt_validity?: string;
  /** 证件国家 */
  license_country?: string;
  /** 证件类型 */
  license_type?: string;
  /** 证件号码 */
  license_value?: string;
}

/** `RelatedPartyInfo` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteRelatedPartyInfoInput {
  /** 所在部门 */
  department?: string;
  /** 姓名 */
  name?: string;
  /** 职位 */
  post?: string;
  /** 关联方类型 */
  related_party_type?: string;
  /** 关系 */
  relation?: string;
}

/** `LanguageInfo` of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`. */
export interface AlibabaWdkHrworkbenchMokaEntryReceiptWriteLanguageInfoInput {
  /** 语言 */
  language?: string;
  /** 程度 */
  degree?: string;
}

const REQUEST_SCHEMA = {
  param_sync_entry_receipt_request: {
    address_info: [
      {
        address_type: 'String',
        city: 'String',
        state: 'String',
        country: 'String',
        address: 'String',
      },
    ],
    contact_info: [
      {
        contact_name: 'String',
        contact_type: 'String',
        mobile: 'String',
      },
    ],
    education_exp_info: [
      {
        education: 'String',
        gmt_end: 'String',
        gmt_start: 'String',
        major: 'String',
        school: 'String',
        schooling_years: 'String',
      },
    ],
    employee_basic: {
      e_mail: 'String',
      account_name: 'String',
      amount_of_civil_disputes: 'String',
      attachment: 'String',
      bank_account: 'String',
      bank_branch: 'String',
      bank_country: 'String',
      bank_subbranch: 'String',
      basic_salary: 'String',
      birthday: 'String',
      companies_employed: 'String',
      computer_operate: 'String',
      crime_desc: 'String',
      degree: 'String',
      diseases_name: 'String',
      education: 'String',
      emp_sub_type: 'String',
      emp_type: 'String',
      end_time_employed: 'String',
      entry_assistant: 'String',
      gmt_entry: 'String',
      gmt_health_cert_end: 'String',
      gmt_orig_regular: 'String',
      house_fund_pay_time: 'String',
      hukou_type: 'String',
      is_crime: 'String',
      is_disability: 'String',
      is_diseases: 'String',
      is_employed: 'String',
      is_internal_referral: 'String',
      is_oversea: 'String',
      is_pay_house_fund: 'String',
      is_pay_social_security: 'String',
      is_still_civil_disputes: 'String',
      job_employed: 'String',
      job_level: 'String',
      location_employed: 'String',
      location_no: 'String',
      marriage: 'String',
      mobile: 'String',
      name: 'String',
      nation: 'String',
      nation_country: 'String',
      native_place: 'String',
      org_code: 'String',
      other_skill: 'String',
      post_no: 'String',
      referral_name: 'String',
      referral_relation: 'String',
      salary_type: 'String',
      service_company: 'String',
      sex: 'String',
      sign_company: 'String',
      source: 'String',
      start_time_employed: 'String',
      super_name: 'String',
      unemployment_pay_time: 'String',
      virt_name: 'String',
      level_salary: 'String',
      performance_pay: 'String',
      meal_allowance: 'String',
    },
    family_info: [
      {
        contact: 'String',
        family_name: 'String',
        post: 'String',
        relationship: 'String',
        work_company: 'String',
      },
    ],
    job_exp_info: [
      {
        department: 'String',
        dimission_reason: 'String',
        gmt_end: 'String',
        gmt_start: 'String',
        position: 'String',
        salary_by_month: 'String',
        company: 'String',
      },
    ],
    offer_license_info: [
      {
        first: 'String',
        gmt_begin: 'String',
        gmt_validity: 'String',
        license_country: 'String',
        license_type: 'String',
        license_value: 'String',
      },
    ],
    related_party_info: [
      {
        department: 'String',
        name: 'String',
        post: 'String',
        related_party_type: 'String',
        relation: 'String',
      },
    ],
    language_info: [
      {
        language: 'String',
        degree: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  fail: 'Boolean',
  message: 'String',
  succ_and_not_null: 'Boolean',
  succ_and_null: 'Boolean',
  trace_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.hrworkbench.moka.entry.receipt.write`: method, response root, request and response schemas. */
export const alibabaWdkHrworkbenchMokaEntryReceiptWriteOperation = {
  method: 'alibaba.wdk.hrworkbench.moka.entry.receipt.write',
  responseRoot: 'alibaba_wdk_hrworkbench_moka_entry_receipt_write_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 摩卡确认入职后往入职单据表写数据接口 — calls TOP method `alibaba.wdk.hrworkbench.moka.entry.receipt.write`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkHrworkbenchMokaEntryReceiptWrite(
  client: TopClient,
  request: AlibabaWdkHrworkbenchMokaEntryReceiptWriteRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkHrworkbenchMokaEntryReceiptWriteResponse> {
  return client.call<AlibabaWdkHrworkbenchMokaEntryReceiptWriteResponse>(
    {
      method: 'alibaba.wdk.hrworkbench.moka.entry.receipt.write',
      responseRoot: 'alibaba_wdk_hrworkbench_moka_entry_receipt_write_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
