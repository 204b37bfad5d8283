// Generated from specs/btrip/alitrip.btip.cost.center.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btip.cost.center.query` (查询外部成本中心). */
export interface AlitripBtipCostCenterQueryRequest {
  /** 请求对象 */
  rq: AlitripBtipCostCenterQueryOpenCostCenterQueryRqInput;
}

/** Response of `alitrip.btip.cost.center.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtipCostCenterQueryResponse {
  /** 返回对象 */
  result?: AlitripBtipCostCenterQueryBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterQueryRq` of `alitrip.btip.cost.center.query`. */
export interface AlitripBtipCostCenterQueryOpenCostCenterQueryRqInput {
  /** 第三方成本中心id，不填写的时候user_id必填 */
  thirdpart_id?: string;
  /** 用户id，不填的时候thirdpart_id必填 */
  user_id?: string;
  /** 是否需要展示成员信息，当成本中心为部分人员适用的时候有返回 */
  need_org_entity?: boolean;
  /** 企业id */
  corp_id: string;
  /** 成本中心名称 */
  title?: string;
}

/** `BtriphomeResult` of `alitrip.btip.cost.center.query`. */
export interface AlitripBtipCostCenterQueryBtriphomeResult {
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  success?: boolean;
  /** 返回值对象 */
  cost_center_list?: AlitripBtipCostCenterQueryOpenCostCenterQueryRs[];
}

/** `OpenCostCenterQueryRs` of `alitrip.btip.cost.center.query`. */
export interface AlitripBtipCostCenterQueryOpenCostCenterQueryRs {
  /** 商旅成本中心id */
  id?: Int64;
  /** 企业id */
  corp_id?: string;
  /** 成本中心名称 */
  title?: string;
  /** 成本中心编号 */
  number?: string;
  /** 第三方成本中心id */
  thirdpart_id?: string;
  /** 适用范围: 1全员，2部分员工 */
  scope?: Int64;
  /** 绑定人员信息 */
  entity_list?: AlitripBtipCostCenterQueryOpenOrgEntityDo[];
}

/** `OpenOrgEntityDo` of `alitrip.btip.cost.center.query`. */
export interface AlitripBtipCostCenterQueryOpenOrgEntityDo {
  /** 用户/部门/角色名称 */
  name?: string;
  /** 用户/部门/角色id */
  entity_id?: string;
  /** 人员类型：1用户，2部门，3角色 */
  entity_type?: string;
  /** 企业id */
  corp_id?: string;
  /** 角色/部门下面员工人数 */
  user_num?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_id: 'String',
    user_id: 'String',
    need_org_entity: 'Boolean',
    corp_id: 'String',
    title: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
    cost_center_list: [
      {
        id: 'Number',
        corp_id: 'String',
        title: 'String',
        number: 'String',
        thirdpart_id: 'String',
        scope: 'Number',
        entity_list: [
          {
            name: 'String',
            entity_id: 'String',
            entity_type: 'String',
            corp_id: 'String',
            user_num: 'Number',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btip.cost.center.query`: method, response root, request and response schemas. */
export const alitripBtipCostCenterQueryOperation = {
  method: 'alitrip.btip.cost.center.query',
  responseRoot: 'alitrip_btip_cost_center_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询外部成本中心 — calls TOP method `alitrip.btip.cost.center.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtipCostCenterQuery(
  client: TopClient,
  request: AlitripBtipCostCenterQueryRequest,
  options?: CallOptions,
): Promise<AlitripBtipCostCenterQueryResponse> {
  return client.call<AlitripBtipCostCenterQueryResponse>(
    {
      method: 'alitrip.btip.cost.center.query',
      responseRoot: 'alitrip_btip_cost_center_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
