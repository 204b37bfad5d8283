// Generated from specs/simba/taobao.simba.creatives.changed.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.creatives.changed.get` (分页获取修改过的广告创意ID和修改时间). */
export interface TaobaoSimbaCreativesChangedGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 得到此时间点之后的数据，不能大于一个月 */
  start_time: DateInput;
  /** 返回的每页数据量大小,默认200最大1000 */
  page_size?: Int64Input;
  /** 返回的第几页数据，默认为1 */
  page_no?: Int64Input;
}

/** Response of `taobao.simba.creatives.changed.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCreativesChangedGetResponse {
  /** 广告创意分页对象 */
  creatives?: TaobaoSimbaCreativesChangedGetCreativePage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativePage` of `taobao.simba.creatives.changed.get`. */
export interface TaobaoSimbaCreativesChangedGetCreativePage {
  /** 每页数据大小 */
  page_size?: Int64;
  /** 返回第几页的数据从1开始 */
  page_no?: Int64;
  /** 所查询的数据总数，只有当返回第一页数据时有值，当要求返回的数据非第一页时，此返回值无效 */
  total_item?: Int64;
  /** 广告创意列表 */
  creative_list?: TaobaoSimbaCreativesChangedGetCreative[];
}

/** `Creative` of `taobao.simba.creatives.changed.get`. */
export interface TaobaoSimbaCreativesChangedGetCreative {
  /** 主人昵称 */
  nick?: string;
  /** 创意id */
  creative_id?: Int64;
  /** 最后修改时间 */
  modified_time?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  start_time: 'Date',
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  creatives: {
    page_size: 'Number',
    page_no: 'Number',
    total_item: 'Number',
    creative_list: [
      {
        nick: 'String',
        creative_id: 'Number',
        modified_time: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.creatives.changed.get`: method, response root, request and response schemas. */
export const taobaoSimbaCreativesChangedGetOperation = {
  method: 'taobao.simba.creatives.changed.get',
  responseRoot: 'simba_creatives_changed_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页获取修改过的广告创意ID和修改时间 — calls TOP method `taobao.simba.creatives.changed.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCreativesChangedGet(
  client: TopClient,
  request: TaobaoSimbaCreativesChangedGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaCreativesChangedGetResponse> {
  return client.call<TaobaoSimbaCreativesChangedGetResponse>(
    {
      method: 'taobao.simba.creatives.changed.get',
      responseRoot: 'simba_creatives_changed_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
