// Generated from specs/mos/alibaba.mos.bunk.bunkinfo.querybunk.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.bunk.bunkinfo.querybunk` (根据合同号查询铺位信息). */
export interface AlibabaMosBunkBunkinfoQuerybunkRequest {
  /** 门店号 */
  store_no?: string;
  /**
   * 合同状态集合
   *
   * Max list size: 20
   */
  status_list?: string[];
  /**
   * 合同号集合
   *
   * Max list size: 20
   */
  contract_codes?: string[];
}

/** Response of `alibaba.mos.bunk.bunkinfo.querybunk`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosBunkBunkinfoQuerybunkResponse {
  /** 返回结果 */
  result?: AlibabaMosBunkBunkinfoQuerybunkResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.mos.bunk.bunkinfo.querybunk`. */
export interface AlibabaMosBunkBunkinfoQuerybunkResultDo {
  /** 全链路追踪id */
  trace_id?: string;
  /** 总量 */
  total?: Int64;
  /** 返回数据 */
  data_list?: AlibabaMosBunkBunkinfoQuerybunkBunkSimpleDto[];
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: Int64;
  /** 其他 */
  extra?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 结果码 */
  result_code?: string;
  /** 结果标题 */
  titles?: string[];
}

/** `BunkSimpleDto` of `alibaba.mos.bunk.bunkinfo.querybunk`. */
export interface AlibabaMosBunkBunkinfoQuerybunkBunkSimpleDto {
  /** 门店号 */
  store_no?: string;
  /** 铺位面积 */
  acreage?: string;
  /** 铺位类型 */
  type?: Int64;
  /** 铺位编号 */
  number?: string;
  /** 铺位ID */
  cp_id?: string;
  /** 合同号 */
  contract_code?: string;
  /** 楼层名称 */
  floor_name?: string;
  /** 楼层ID */
  floor_id?: string;
  /** 合同系统编号 */
  contract_id?: string;
}

const REQUEST_SCHEMA = {
  store_no: 'String',
  status_list: ['String'],
  contract_codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    total: 'Number',
    data_list: [
      {
        store_no: 'String',
        acreage: 'String',
        type: 'Number',
        number: 'String',
        cp_id: 'String',
        contract_code: 'String',
        floor_name: 'String',
        floor_id: 'String',
        contract_id: 'String',
      },
    ],
    success: 'Boolean',
    err_code: 'Number',
    extra: 'String',
    err_msg: 'String',
    result_code: 'String',
    titles: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.bunk.bunkinfo.querybunk`: method, response root, request and response schemas. */
export const alibabaMosBunkBunkinfoQuerybunkOperation = {
  method: 'alibaba.mos.bunk.bunkinfo.querybunk',
  responseRoot: 'alibaba_mos_bunk_bunkinfo_querybunk_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据合同号查询铺位信息 — calls TOP method `alibaba.mos.bunk.bunkinfo.querybunk`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosBunkBunkinfoQuerybunk(
  client: TopClient,
  request: AlibabaMosBunkBunkinfoQuerybunkRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosBunkBunkinfoQuerybunkResponse> {
  return client.call<AlibabaMosBunkBunkinfoQuerybunkResponse>(
    {
      method: 'alibaba.mos.bunk.bunkinfo.querybunk',
      responseRoot: 'alibaba_mos_bunk_bunkinfo_querybunk_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
