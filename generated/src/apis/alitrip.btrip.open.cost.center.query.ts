// Generated from specs/btrip/alitrip.btrip.open.cost.center.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.cost.center.query` (查询成本中心). */
export interface AlitripBtripOpenCostCenterQueryRequest {
  /** 入参对象 */
  rq: AlitripBtripOpenCostCenterQueryOpenCostCenterQueryRqInput;
}

/** Response of `alitrip.btrip.open.cost.center.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenCostCenterQueryResponse {
  /** 成本中心列表 */
  cost_center_list?: AlitripBtripOpenCostCenterQueryOpenCostCenterQueryRs[];
  /** 结果码 */
  result_code?: Int64;
  /** 结果描述 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterQueryRq` of `alitrip.btrip.open.cost.center.query`. */
export interface AlitripBtripOpenCostCenterQueryOpenCostCenterQueryRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 是否需要展示成员信息，当成本中心为部分人员适用的时候有返回 */
  need_org_entity?: boolean;
  /** 第三方成本中心id */
  thirdpart_id?: string;
  /** 成本中心名称 */
  title?: string;
  /** 第三方用户id */
  user_id?: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

/** `OpenCostCenterQueryRs` of `alitrip.btrip.open.cost.center.query`. */
export interface AlitripBtripOpenCostCenterQueryOpenCostCenterQueryRs {
  /** 绑定支付宝账号 */
  alipay_no?: string;
  /** 绑定人员信息 */
  entity_list?: AlitripBtripOpenCostCenterQueryOpenOrgEntityDo[];
  /** 商旅成本中心id */
  id?: Int64;
  /** 成本中心编号 */
  number?: string;
  /** 适用范围: 1全员，2部分员工 */
  scope?: Int64;
  /** 第三方成本中心id */
  thirdpart_id?: string;
  /** 成本中心名称 */
  title?: string;
}

/** `OpenOrgEntityDo` of `alitrip.btrip.open.cost.center.query`. */
export interface AlitripBtripOpenCostCenterQueryOpenOrgEntityDo {
  /** 用户/部门/角色id */
  entity_id?: string;
  /** 人员类型：1用户，2部门，3角色 */
  entity_type?: string;
  /** 用户/部门/角色名称 */
  name?: string;
  /** 角色/部门下面员工人数 */
  user_num?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    need_org_entity: 'Boolean',
    thirdpart_id: 'String',
    title: 'String',
    user_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  cost_center_list: [
    {
      alipay_no: 'String',
      entity_list: [
        {
          entity_id: 'String',
          entity_type: 'String',
          name: 'String',
          user_num: 'Number',
        },
      ],
      id: 'Number',
      number: 'String',
      scope: 'Number',
      thirdpart_id: 'String',
      title: 'String',
    },
  ],
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.cost.center.query`: method, response root, request and response schemas. */
export const alitripBtripOpenCostCenterQueryOperation = {
  method: 'alitrip.btrip.open.cost.center.query',
  responseRoot: 'alitrip_btrip_open_cost_center_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询成本中心 — calls TOP method `alitrip.btrip.open.cost.center.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenCostCenterQuery(
  client: TopClient,
  request: AlitripBtripOpenCostCenterQueryRequest,
  options?: CallOptions,
): Promise<AlitripBtripOpenCostCenterQueryResponse> {
  return client.call<AlitripBtripOpenCostCenterQueryResponse>(
    {
      method: 'alitrip.btrip.open.cost.center.query',
      responseRoot: 'alitrip_btrip_open_cost_center_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
