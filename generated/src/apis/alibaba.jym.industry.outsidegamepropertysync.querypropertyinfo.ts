// Generated from specs/jym/alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo` (外部查询游戏属性库属性信息). */
export interface AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoRequest {
  /** 属性信息查询DTO */
  out_side_query_game_property_info_request_dto: AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoOutSideQueryGamePropertyInfoRequestDTOInput;
}

/** Response of `alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoResponse {
  /** 外部查询需要采集属性结构信息响应DTO */
  result?: AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoOutSideQueryGamePropertyInfoResponseDTO;
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

/** `OutSideQueryGamePropertyInfoRequestDTO` of `alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo`. */
export interface AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoOutSideQueryGamePropertyInfoRequestDTOInput {
  /** 交易猫游戏id */
  game_id: string;
}

/** `OutSideQueryGamePropertyInfoResponseDTO` of `alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo`. */
export interface AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoOutSideQueryGamePropertyInfoResponseDTO {
  /** 加密压缩的属性信息 */
  game_properties_compressed?: string;
}

const REQUEST_SCHEMA = {
  out_side_query_game_property_info_request_dto: {
    game_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    game_properties_compressed: 'String',
  },
  sub_code_type: 'String',
  is_success: 'Boolean',
  sub_extra_err_msg: 'String',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo`: method, response root, request and response schemas. */
export const alibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoOperation = {
  method: 'alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo',
  responseRoot: 'alibaba_jym_industry_outsidegamepropertysync_querypropertyinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部查询游戏属性库属性信息 — calls TOP method `alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfo(
  client: TopClient,
  request: AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoRequest,
  options?: CallOptions,
): Promise<AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoResponse> {
  return client.call<AlibabaJymIndustryOutsidegamepropertysyncQuerypropertyinfoResponse>(
    {
      method: 'alibaba.jym.industry.outsidegamepropertysync.querypropertyinfo',
      responseRoot: 'alibaba_jym_industry_outsidegamepropertysync_querypropertyinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
