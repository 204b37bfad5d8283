// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.wechat.add.operation.record.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.wechat.add.operation.record` (用户领取会员卡记录接口). */
export interface AlitripMerchantGalaxyWechatAddOperationRecordRequest {
  /** 租户id */
  tenant_key?: string;
  /** 用户登录凭证 */
  token?: string;
  /** 添加标识 */
  member_card?: AlitripMerchantGalaxyWechatAddOperationRecordMemberCardDTOInput;
}

/** Response of `alitrip.merchant.galaxy.wechat.add.operation.record`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyWechatAddOperationRecordResponse {
  /** 返回对象 */
  result?: AlitripMerchantGalaxyWechatAddOperationRecordResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MemberCardDTO` of `alitrip.merchant.galaxy.wechat.add.operation.record`. */
export interface AlitripMerchantGalaxyWechatAddOperationRecordMemberCardDTOInput {
  /** 添加会员卡JSOS入参 */
  card_ext?: string;
  /** 加密code */
  code?: string;
  /** 模板id */
  card_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.wechat.add.operation.record`. */
export interface AlitripMerchantGalaxyWechatAddOperationRecordResponse2 {
  /** 结果 */
  success?: boolean;
  /** 状态码 */
  error_code?: string;
  /** 消息体 */
  content?: boolean;
  /** 消息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  member_card: {
    card_ext: 'String',
    code: 'String',
    card_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.wechat.add.operation.record`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyWechatAddOperationRecordOperation = {
  method: 'alitrip.merchant.galaxy.wechat.add.operation.record',
  responseRoot: 'alitrip_merchant_galaxy_wechat_add_operation_record_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户领取会员卡记录接口 — calls TOP method `alitrip.merchant.galaxy.wechat.add.operation.record`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyWechatAddOperationRecord(
  client: TopClient,
  request: AlitripMerchantGalaxyWechatAddOperationRecordRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyWechatAddOperationRecordResponse> {
  return client.call<AlitripMerchantGalaxyWechatAddOperationRecordResponse>(
    {
      method: 'alitrip.merchant.galaxy.wechat.add.operation.record',
      responseRoot: 'alitrip_merchant_galaxy_wechat_add_operation_record_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
