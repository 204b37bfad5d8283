// Generated from specs/wdk/alibaba.wdk.marketing.open.data.relation.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.open.data.relation.query` (数据关联关系查询). */
export interface AlibabaWdkMarketingOpenDataRelationQueryRequest {
  /**
   * 外部数据Id
   *
   * Max list size: 200
   */
  out_data_ids: string[];
  /** 数据类型：WDK_MARKET:五道口营销 */
  biz_code: string;
  /** 数据子类型：ACTIVITY:营销活动数据 */
  sub_biz_code: string;
}

/** Response of `alibaba.wdk.marketing.open.data.relation.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingOpenDataRelationQueryResponse {
  /** 结果信息 */
  result?: AlibabaWdkMarketingOpenDataRelationQueryWdkMarketOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WdkMarketOpenResult` of `alibaba.wdk.marketing.open.data.relation.query`. */
export interface AlibabaWdkMarketingOpenDataRelationQueryWdkMarketOpenResult {
  /** 结果数据 */
  datas?: AlibabaWdkMarketingOpenDataRelationQueryOutTxdDataRelation[];
  /** 错误描述 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `OutTxdDataRelation` of `alibaba.wdk.marketing.open.data.relation.query`. */
export interface AlibabaWdkMarketingOpenDataRelationQueryOutTxdDataRelation {
  /** 子数据类型 */
  sub_biz_code?: string;
  /** 数据类型 */
  biz_code?: string;
  /** 外部数据Id */
  out_data_id?: string;
  /** 淘鲜达数据Id */
  txd_data_id?: string;
}

const REQUEST_SCHEMA = {
  out_data_ids: ['String'],
  biz_code: 'String',
  sub_biz_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    datas: [
      {
        sub_biz_code: 'String',
        biz_code: 'String',
        out_data_id: 'String',
        txd_data_id: 'String',
      },
    ],
    message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.open.data.relation.query`: method, response root, request and response schemas. */
export const alibabaWdkMarketingOpenDataRelationQueryOperation = {
  method: 'alibaba.wdk.marketing.open.data.relation.query',
  responseRoot: 'alibaba_wdk_marketing_open_data_relation_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 数据关联关系查询 — calls TOP method `alibaba.wdk.marketing.open.data.relation.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingOpenDataRelationQuery(
  client: TopClient,
  request: AlibabaWdkMarketingOpenDataRelationQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingOpenDataRelationQueryResponse> {
  return client.call<AlibabaWdkMarketingOpenDataRelationQueryResponse>(
    {
      method: 'alibaba.wdk.marketing.open.data.relation.query',
      responseRoot: 'alibaba_wdk_marketing_open_data_relation_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
