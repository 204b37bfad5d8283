// Generated from specs/nropen/alibaba.ascp.industry.disivison.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.disivison.query` (查询服务支持地区列表). */
export interface AlibabaAscpIndustryDisivisonQueryRequest {
  /** 服务编码 */
  service_code: string;
}

/** Response of `alibaba.ascp.industry.disivison.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryDisivisonQueryResponse {
  /** 返回结果 */
  data?: AlibabaAscpIndustryDisivisonQueryData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `alibaba.ascp.industry.disivison.query`. */
export interface AlibabaAscpIndustryDisivisonQueryData {
  /** 区域信息了列表 */
  division_infos?: AlibabaAscpIndustryDisivisonQueryDivisioninfos[];
}

/** `Divisioninfos` of `alibaba.ascp.industry.disivison.query`. */
export interface AlibabaAscpIndustryDisivisonQueryDivisioninfos {
  /** 区域id */
  division_id?: Int64;
  /** 扩展字段JSON字符串 */
  feature?: string;
  /** 国家 */
  country_name?: string;
  /** 省份 */
  province_name?: string;
  /** 城市 */
  city_name?: string;
  /** 区县 */
  district_name?: string;
}

const REQUEST_SCHEMA = {
  service_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    division_infos: [
      {
        division_id: 'Number',
        feature: 'String',
        country_name: 'String',
        province_name: 'String',
        city_name: 'String',
        district_name: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.disivison.query`: method, response root, request and response schemas. */
export const alibabaAscpIndustryDisivisonQueryOperation = {
  method: 'alibaba.ascp.industry.disivison.query',
  responseRoot: 'alibaba_ascp_industry_disivison_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询服务支持地区列表 — calls TOP method `alibaba.ascp.industry.disivison.query`.
 *
 * 商家获取服务支持地区
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryDisivisonQuery(
  client: TopClient,
  request: AlibabaAscpIndustryDisivisonQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryDisivisonQueryResponse> {
  return client.call<AlibabaAscpIndustryDisivisonQueryResponse>(
    {
      method: 'alibaba.ascp.industry.disivison.query',
      responseRoot: 'alibaba_ascp_industry_disivison_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
