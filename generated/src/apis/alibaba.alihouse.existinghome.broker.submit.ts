// Generated from specs/alihouse/alibaba.alihouse.existinghome.broker.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.broker.submit` (提交经纪人信息). */
export interface AlibabaAlihouseExistinghomeBrokerSubmitRequest {
  /**
   * 经纪人
   *
   * Max list size: 999
   */
  brokers?: AlibabaAlihouseExistinghomeBrokerSubmitProjectAdviserDtoInput[];
}

/** Response of `alibaba.alihouse.existinghome.broker.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeBrokerSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeBrokerSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectAdviserDto` of `alibaba.alihouse.existinghome.broker.submit`. */
export interface AlibabaAlihouseExistinghomeBrokerSubmitProjectAdviserDtoInput {
  /** 工作年限 */
  work_year?: Int64Input;
  /** 个人简介 */
  introduction?: string;
  /** 性别 0-保密 1-男 2-女 */
  gender?: Int64Input;
  /** 分机号 */
  sub_phone?: string;
  /** 主机号 */
  main_phone?: string;
  /** 外部门店ID */
  out_store_id?: string;
  /** 手机号 */
  mobile_phone?: string;
  /** 标签 */
  tags?: string[];
  /** 名字 */
  user_name?: string;
  /** 外部公司ID */
  outer_company_id?: string;
  /** 外部经纪人ID */
  outer_consultant_id?: string;
  /** 服务评分 */
  service_evaluation?: string;
  /** 身份证号码 */
  id_number?: string;
  /** 头像 */
  head_url?: string;
  /** 身份证正面 */
  card_front_url?: string;
  /** 身份证反面 */
  card_back_url?: string;
  /** 名片 */
  business_card?: string;
  /** 在职状态 0-未知1-在职2-离职 */
  job_status?: Int64Input;
  /** 实名认证状态 0-未审 1-通过 2-拒绝 */
  real_name_status?: Int64Input;
  /** 执业资格证图片 */
  agent_license_url?: string;
  /** 执业资格证编号 */
  agent_license_number?: string;
  /** 从业信息卡图片 */
  agent_employ_url?: string;
  /** 从业信息卡编号 */
  agent_employ_number?: string;
  /** 核验返回信息 */
  verification_info?: string;
  /** 核验状态 0-未审 1-通过 9-失败 */
  verification_status?: Int64Input;
  /** 经纪人附属属性 */
  broker_attach?: AlibabaAlihouseExistinghomeBrokerSubmitProjectAdviserAttachDtoInput;
  /** 经纪人职业 */
  profession?: string;
  /** 经纪人教育水平 */
  education?: Int64Input;
  /** 经纪人类型，3-社区志愿者 4-客服，5-委托管家（无忧卖房） 6-委托客服（无忧卖房） 7-公寓管家 8-交易员；不填默认为经纪人 */
  type?: Int64Input;
  /** 诚信状态1-优秀 2-诚信 */
  sincerity_status?: Int64Input;
  /** 经纪人是否有从业资格证 */
  agent_employ_status?: Int64Input;
  /** 从业资格备案信息地址 */
  agent_employ_number_url?: string;
  /** 负责业务（0-二手房 1-长租公寓 2-居间模式 5-交易服务） */
  partake_business?: string;
  /** 是否测试 0-否 1-是 */
  is_test?: Int64Input;
  /** 身份标识 */
  identity?: string;
  /** 版本号 */
  etc_version?: Int64Input;
  /** 是否可接待客户，1 - 是，0 - 否，接待模式3.0时，此字段必填。 */
  is_receive_customer?: Int64Input;
  /** 区域接待状态0-不可接待 1-可接待 */
  region_receptive_status?: Int64Input;
  /** 1-区域认证小B */
  certification_services?: string[];
  /** eCode */
  e_code?: string;
}

/** `ProjectAdviserAttachDto` of `alibaba.alihouse.existinghome.broker.submit`. */
export interface AlibabaAlihouseExistinghomeBrokerSubmitProjectAdviserAttachDtoInput {
  /** 近90天带看量 */
  recent_view_count?: Int64Input;
  /** 考试认证1-已认证 0-未认证 */
  exam_status?: Int64Input;
  /** 导师认证1-已认证 0-未认证 */
  tutor_status?: Int64Input;
  /** 近90天交易量 */
  recent_trade_count?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.broker.submit`. */
export interface AlibabaAlihouseExistinghomeBrokerSubmitResult {
  /** 返回素材id */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  brokers: [
    {
      work_year: 'Number',
      introduction: 'String',
      gender: 'Number',
      sub_phone: 'String',
      main_phone: 'String',
      out_store_id: 'String',
      mobile_phone: 'String',
      tags: ['String'],
      user_name: 'String',
      outer_company_id: 'String',
      outer_consultant_id: 'String',
      service_evaluation: 'String',
      id_number: 'String',
      head_url: 'String',
      card_front_url: 'String',
      card_back_url: 'String',
      business_card: 'String',
      job_status: 'Number',
      real_name_status: 'Number',
      agent_license_url: 'String',
      agent_license_number: 'String',
      agent_employ_url: 'String',
      agent_employ_number: 'String',
      verification_info: 'String',
      verification_status: 'Number',
      broker_attach: {
        recent_view_count: 'Number',
        exam_status: 'Number',
        tutor_status: 'Number',
        recent_trade_count: 'Number',
      },
      profession: 'String',
      education: 'Number',
      type: 'Number',
      sincerity_status: 'Number',
      agent_employ_status: 'Number',
      agent_employ_number_url: 'String',
      partake_business: 'String',
      is_test: 'Number',
      identity: 'String',
      etc_version: 'Number',
      is_receive_customer: 'Number',
      region_receptive_status: 'Number',
      certification_services: ['String'],
      e_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.broker.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeBrokerSubmitOperation = {
  method: 'alibaba.alihouse.existinghome.broker.submit',
  responseRoot: 'alibaba_alihouse_existinghome_broker_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交经纪人信息 — calls TOP method `alibaba.alihouse.existinghome.broker.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeBrokerSubmit(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeBrokerSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeBrokerSubmitResponse> {
  return client.call<AlibabaAlihouseExistinghomeBrokerSubmitResponse>(
    {
      method: 'alibaba.alihouse.existinghome.broker.submit',
      responseRoot: 'alibaba_alihouse_existinghome_broker_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
