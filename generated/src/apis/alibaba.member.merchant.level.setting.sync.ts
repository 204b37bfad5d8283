// Generated from specs/alimember/alibaba.member.merchant.level.setting.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.member.merchant.level.setting.sync` (商家等级列表同步配置). */
export interface AlibabaMemberMerchantLevelSettingSyncRequest {
  /** 商家等级信息 */
  sync_level_setting_dto: AlibabaMemberMerchantLevelSettingSyncSyncLevelSettingDTOInput;
}

/** Response of `alibaba.member.merchant.level.setting.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMemberMerchantLevelSettingSyncResponse {
  /** 务端系统异错误码 */
  biz_code?: string;
  /** 错误描述 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncLevelSettingDTO` of `alibaba.member.merchant.level.setting.sync`. */
export interface AlibabaMemberMerchantLevelSettingSyncSyncLevelSettingDTOInput {
  /** main主账号 sub子账号 */
  uid_type: string;
  /** 1行为等级 2成长值等级 */
  level_type: Int64Input;
  /** level_type=2时，必须传递； */
  level_to_growth?: string;
}

const REQUEST_SCHEMA = {
  sync_level_setting_dto: {
    uid_type: 'String',
    level_type: 'Number',
    level_to_growth: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_code: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.member.merchant.level.setting.sync`: method, response root, request and response schemas. */
export const alibabaMemberMerchantLevelSettingSyncOperation = {
  method: 'alibaba.member.merchant.level.setting.sync',
  responseRoot: 'alibaba_member_merchant_level_setting_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家等级列表同步配置 — calls TOP method `alibaba.member.merchant.level.setting.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMemberMerchantLevelSettingSync(
  client: TopClient,
  request: AlibabaMemberMerchantLevelSettingSyncRequest,
  options?: CallOptions,
): Promise<AlibabaMemberMerchantLevelSettingSyncResponse> {
  return client.call<AlibabaMemberMerchantLevelSettingSyncResponse>(
    {
      method: 'alibaba.member.merchant.level.setting.sync',
      responseRoot: 'alibaba_member_merchant_level_setting_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
