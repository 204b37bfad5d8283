// Generated from specs/drugtrace/alibaba.alihealth.drugcode.user.data.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.user.data` (西安杨森同步用户行为接口). */
export interface AlibabaAlihealthDrugcodeUserDataRequest {
  /**
   * 用户信息
   *
   * Max list size: 999
   */
  list?: AlibabaAlihealthDrugcodeUserDataHaoxinqingDataDtoInput[];
  /** 企业ID，用户区分 appkey下不同企业数据隔离的 */
  ref_ent_id?: string;
}

/** Response of `alibaba.alihealth.drugcode.user.data`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeUserDataResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugcodeUserDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HaoxinqingDataDto` of `alibaba.alihealth.drugcode.user.data`. */
export interface AlibabaAlihealthDrugcodeUserDataHaoxinqingDataDtoInput {
  /** 数量 */
  number?: Int64Input;
  /** 业务类型， 1。咨询类 、2。购药类 */
  bussiness_type?: Int64Input;
  /** 支付时间 */
  pay_time?: string;
  /** 药品名称 */
  drug_name?: string;
  /** 用户ID */
  user_id?: string;
  /** 用于唯一建，同一条信息uuid一样则更新 */
  uuid?: string;
}

/** `Result` of `alibaba.alihealth.drugcode.user.data`. */
export interface AlibabaAlihealthDrugcodeUserDataResult {
  /** 无 */
  headers?: string;
  /** true 成功 false 不成功 */
  success?: boolean;
  /** model */
  model?: string;
  /** 无 */
  biz_ext_map?: string;
  /** 无 */
  mapping_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 错误编码 */
  msg_code?: string;
  /** 无 */
  http_status_code?: Int64;
}

const REQUEST_SCHEMA = {
  list: [
    {
      number: 'Number',
      bussiness_type: 'Number',
      pay_time: 'String',
      drug_name: 'String',
      user_id: 'String',
      uuid: 'String',
    },
  ],
  ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    headers: 'String',
    success: 'Boolean',
    model: 'String',
    biz_ext_map: 'String',
    mapping_code: 'String',
    msg_info: 'String',
    msg_code: 'String',
    http_status_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.user.data`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeUserDataOperation = {
  method: 'alibaba.alihealth.drugcode.user.data',
  responseRoot: 'alibaba_alihealth_drugcode_user_data_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 西安杨森同步用户行为接口 — calls TOP method `alibaba.alihealth.drugcode.user.data`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeUserData(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeUserDataRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeUserDataResponse> {
  return client.call<AlibabaAlihealthDrugcodeUserDataResponse>(
    {
      method: 'alibaba.alihealth.drugcode.user.data',
      responseRoot: 'alibaba_alihealth_drugcode_user_data_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
