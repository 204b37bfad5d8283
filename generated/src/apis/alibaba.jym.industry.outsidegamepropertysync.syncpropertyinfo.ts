// Generated from specs/jym/alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo` (外部上报游戏属性信息). */
export interface AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoRequest {
  /** 属性信息DTO */
  out_side_sync_game_property_request_dto: AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoOutSideSyncGamePropertyRequestDTOInput;
}

/** Response of `alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoResponse {
  /** 上报结果DTO */
  result?: AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoOutSideSyncGamePropertyResponseDTO;
  /** 子集错误码，提供与业务细节使用 */
  sub_code_type?: string;
  /** 接口调用结果: true/false */
  is_success?: boolean;
  /** 子集错误描述，提供与业务细节使用 */
  sub_extra_err_msg?: string;
  /** 错误码枚举 */
  state_code?: string;
  /** 错误详细描述 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OutSideSyncGamePropertyRequestDTO` of `alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo`. */
export interface AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoOutSideSyncGamePropertyRequestDTOInput {
  /** 交易猫游戏id */
  game_id: string;
  /** 压缩加密后的属性信息 */
  game_properties_compressed: string;
}

/** `OutSideSyncGamePropertyResponseDTO` of `alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo`. */
export interface AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoOutSideSyncGamePropertyResponseDTO {
  /** true - 成功，false - 失败 */
  result?: boolean;
}

const REQUEST_SCHEMA = {
  out_side_sync_game_property_request_dto: {
    game_id: 'String',
    game_properties_compressed: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'Boolean',
  },
  sub_code_type: 'String',
  is_success: 'Boolean',
  sub_extra_err_msg: 'String',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo`: method, response root, request and response schemas. */
export const alibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoOperation = {
  method: 'alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo',
  responseRoot: 'alibaba_jym_industry_outsidegamepropertysync_syncpropertyinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部上报游戏属性信息 — calls TOP method `alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfo(
  client: TopClient,
  request: AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoRequest,
  options?: CallOptions,
): Promise<AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoResponse> {
  return client.call<AlibabaJymIndustryOutsidegamepropertysyncSyncpropertyinfoResponse>(
    {
      method: 'alibaba.jym.industry.outsidegamepropertysync.syncpropertyinfo',
      responseRoot: 'alibaba_jym_industry_outsidegamepropertysync_syncpropertyinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
