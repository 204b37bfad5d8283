// Generated from specs/alihouse/alibaba.alihouse.existinghome.pos.open.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.pos.open.submit` (pos进件接口). */
export interface AlibabaAlihouseExistinghomePosOpenSubmitRequest {
  /** 同步进件消息 */
  sync_trade_pos_open_dto: AlibabaAlihouseExistinghomePosOpenSubmitSyncTradePosOpenDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.pos.open.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomePosOpenSubmitResponse {
  /** 结果 */
  result?: AlibabaAlihouseExistinghomePosOpenSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncTradePosOpenDTO` of `alibaba.alihouse.existinghome.pos.open.submit`. */
export interface AlibabaAlihouseExistinghomePosOpenSubmitSyncTradePosOpenDTOInput {
  /** 经营主体id */
  merchant_open_id: string;
  /** 国籍 */
  legal_nationality: string;
  /** 法人联系方式 */
  legal_phone: string;
  /** 法人地址 */
  legal_address: string;
  /** 法人性别 */
  legal_sex: string;
  /** 是否使用pos */
  use_pos: Int64Input;
  /** 省编码 */
  province_code: string;
  /** 市编码 */
  city_code: string;
  /** 区编码 */
  district_code: string;
  /** 身份证正面 */
  legal_cert_back_url: string;
  /** 身份证反面 */
  legal_cert_front_url: string;
  /** 身份证有效期 */
  legal_id_expire: string;
  /** 公司注册地址 */
  company_address: string;
  /** 营业执照地址 */
  business_license_url: string;
}

/** `Result` of `alibaba.alihouse.existinghome.pos.open.submit`. */
export interface AlibabaAlihouseExistinghomePosOpenSubmitResult {
  /** 返回编码 */
  code?: string;
  /** 返回描述 */
  msg?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 返回值 */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  sync_trade_pos_open_dto: {
    merchant_open_id: 'String',
    legal_nationality: 'String',
    legal_phone: 'String',
    legal_address: 'String',
    legal_sex: 'String',
    use_pos: 'Number',
    province_code: 'String',
    city_code: 'String',
    district_code: 'String',
    legal_cert_back_url: 'String',
    legal_cert_front_url: 'String',
    legal_id_expire: 'String',
    company_address: 'String',
    business_license_url: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    is_success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.pos.open.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomePosOpenSubmitOperation = {
  method: 'alibaba.alihouse.existinghome.pos.open.submit',
  responseRoot: 'alibaba_alihouse_existinghome_pos_open_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * pos进件接口 — calls TOP method `alibaba.alihouse.existinghome.pos.open.submit`.
 *
 * pos进件
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomePosOpenSubmit(
  client: TopClient,
  request: AlibabaAlihouseExistinghomePosOpenSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomePosOpenSubmitResponse> {
  return client.call<AlibabaAlihouseExistinghomePosOpenSubmitResponse>(
    {
      method: 'alibaba.alihouse.existinghome.pos.open.submit',
      responseRoot: 'alibaba_alihouse_existinghome_pos_open_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
