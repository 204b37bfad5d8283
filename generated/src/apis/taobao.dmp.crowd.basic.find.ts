// Generated from specs/dmp/taobao.dmp.crowd.basic.find.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.dmp.crowd.basic.find` (DMP_BP版人群列表查询). */
export interface TaobaoDmpCrowdBasicFindRequest {
  /** 请求体 */
  api_context: TaobaoDmpCrowdBasicFindApiContextDTOInput;
  /** 人群查询条件 */
  crowd_query?: TaobaoDmpCrowdBasicFindCrowdQueryDTOInput;
  /** 分页参数 */
  pager: TaobaoDmpCrowdBasicFindPagerInput;
}

/** Response of `taobao.dmp.crowd.basic.find`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDmpCrowdBasicFindResponse {
  /** 人群对象 */
  result?: TaobaoDmpCrowdBasicFindCrowdDTO[];
  /** 错误码 */
  result_error_code?: string;
  /** 分页对象 */
  pager?: TaobaoDmpCrowdBasicFindPager;
  /** 是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiContextDTO` of `taobao.dmp.crowd.basic.find`. */
export interface TaobaoDmpCrowdBasicFindApiContextDTOInput {
  /** 业务线编码，引力魔方：displayDefault */
  biz_code: string;
}

/** `CrowdQueryDTO` of `taobao.dmp.crowd.basic.find`. */
export interface TaobaoDmpCrowdBasicFindCrowdQueryDTOInput {
  /** 按已有人群id查询过滤 */
  crowd_id_list?: Int64Input[];
  /** 按人群名称模糊匹配 */
  crowd_name?: string;
}

/** `Pager` of `taobao.dmp.crowd.basic.find`. */
export interface TaobaoDmpCrowdBasicFindPagerInput {
  /** 当前页数 */
  int_current_page?: Int64Input;
  /** 分页大小 */
  int_page_size?: Int64Input;
}

/** `CrowdDTO` of `taobao.dmp.crowd.basic.find`. */
export interface TaobaoDmpCrowdBasicFindCrowdDTO {
  /** 人群有效期 */
  valid_date?: string;
  /** 人群名称 */
  crowd_name?: string;
  /** 人群id */
  crowd_id?: Int64;
  /** 人群覆盖人数 */
  coverage?: Int64;
  /** 人群创建时间 */
  createtime?: string;
}

/** `Pager` of `taobao.dmp.crowd.basic.find`. */
export interface TaobaoDmpCrowdBasicFindPager {
  /** 记录总条数 */
  total?: Int64;
  /** 分页大小 */
  page_size?: Int64;
  /** 当前页数 */
  current_page?: Int64;
}

const REQUEST_SCHEMA = {
  api_context: {
    biz_code: 'String',
  },
  crowd_query: {
    crowd_id_list: ['Number'],
    crowd_name: 'String',
  },
  pager: {
    int_current_page: 'Number',
    int_page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: [
    {
      valid_date: 'Date',
      crowd_name: 'String',
      crowd_id: 'Number',
      coverage: 'Number',
      createtime: 'Date',
    },
  ],
  result_error_code: 'String',
  pager: {
    total: 'Number',
    page_size: 'Number',
    current_page: 'Number',
  },
  is_success: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.dmp.crowd.basic.find`: method, response root, request and response schemas. */
export const taobaoDmpCrowdBasicFindOperation = {
  method: 'taobao.dmp.crowd.basic.find',
  responseRoot: 'dmp_crowd_basic_find_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * DMP_BP版人群列表查询 — calls TOP method `taobao.dmp.crowd.basic.find`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDmpCrowdBasicFind(
  client: TopClient,
  request: TaobaoDmpCrowdBasicFindRequest,
  options?: CallOptions,
): Promise<TaobaoDmpCrowdBasicFindResponse> {
  return client.call<TaobaoDmpCrowdBasicFindResponse>(
    {
      method: 'taobao.dmp.crowd.basic.find',
      responseRoot: 'dmp_crowd_basic_find_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
