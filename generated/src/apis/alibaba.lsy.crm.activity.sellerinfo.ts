// Generated from specs/tmallnr/alibaba.lsy.crm.activity.sellerinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.crm.activity.sellerinfo` (商家信息推送). */
export interface AlibabaLsyCrmActivitySellerinfoRequest {}

/** Response of `alibaba.lsy.crm.activity.sellerinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyCrmActivitySellerinfoResponse {
  /** 返回结果 */
  result?: AlibabaLsyCrmActivitySellerinfoResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDO` of `alibaba.lsy.crm.activity.sellerinfo`. */
export interface AlibabaLsyCrmActivitySellerinfoResultDO {
  /** 错误信息 */
  err_msg?: string;
  /** DTO */
  data?: AlibabaLsyCrmActivitySellerinfoNrtCrmSellerInfoDTO;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
}

/** `NrtCrmSellerInfoDTO` of `alibaba.lsy.crm.activity.sellerinfo`. */
export interface AlibabaLsyCrmActivitySellerinfoNrtCrmSellerInfoDTO {
  /** 卖家ID */
  seller_id?: Int64;
  /** 卖家logo */
  native_brand_logo?: string;
  /** nativeOpenMember */
  native_open_member?: string;
  /** 手机号 */
  mobile?: string;
  /** 商家名称 */
  seller_name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    data: {
      seller_id: 'Number',
      native_brand_logo: 'String',
      native_open_member: 'String',
      mobile: 'String',
      seller_name: 'String',
    },
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.crm.activity.sellerinfo`: method, response root, request and response schemas. */
export const alibabaLsyCrmActivitySellerinfoOperation = {
  method: 'alibaba.lsy.crm.activity.sellerinfo',
  responseRoot: 'alibaba_lsy_crm_activity_sellerinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家信息推送 — calls TOP method `alibaba.lsy.crm.activity.sellerinfo`.
 *
 * 本地团商家信息推送
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyCrmActivitySellerinfo(
  client: TopClient,
  request: AlibabaLsyCrmActivitySellerinfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyCrmActivitySellerinfoResponse> {
  return client.call<AlibabaLsyCrmActivitySellerinfoResponse>(
    {
      method: 'alibaba.lsy.crm.activity.sellerinfo',
      responseRoot: 'alibaba_lsy_crm_activity_sellerinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
