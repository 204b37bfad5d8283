// Generated from specs/btrip/alitrip.btrip.open.cost.center.entity.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.cost.center.entity.add` (增加成本中心人员信息). */
export interface AlitripBtripOpenCostCenterEntityAddRequest {
  /** 入参对象 */
  rq?: AlitripBtripOpenCostCenterEntityAddOpenCostCenterAddEntityRqInput;
}

/** Response of `alitrip.btrip.open.cost.center.entity.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenCostCenterEntityAddResponse {
  /** 结果对象 */
  result?: AlitripBtripOpenCostCenterEntityAddOpenCostCenterAddEntityRs;
  /** 结果码 */
  result_code?: Int64;
  /** 结果描述 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterAddEntityRq` of `alitrip.btrip.open.cost.center.entity.add`. */
export interface AlitripBtripOpenCostCenterEntityAddOpenCostCenterAddEntityRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 人员信息列表 */
  entity_list?: AlitripBtripOpenCostCenterEntityAddOpenOrgEntityDoInput[];
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

/** `OpenOrgEntityDo` of `alitrip.btrip.open.cost.center.entity.add`. */
export interface AlitripBtripOpenCostCenterEntityAddOpenOrgEntityDoInput {
  /** 员工/部门/角色id/第三方部门id */
  entity_id?: string;
  /** 人员类型:1员工，2部门，3角色，4第三方部门 */
  entity_type?: string;
}

/** `OpenCostCenterAddEntityRs` of `alitrip.btrip.open.cost.center.entity.add`. */
export interface AlitripBtripOpenCostCenterEntityAddOpenCostCenterAddEntityRs {
  /** 增加的人员/部门/角色个数 */
  add_num?: Int64;
  /** 该成本中心下员工总数 */
  selected_user_num?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    entity_list: [
      {
        entity_id: 'String',
        entity_type: 'String',
      },
    ],
    thirdpart_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    add_num: 'Number',
    selected_user_num: 'Number',
  },
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.cost.center.entity.add`: method, response root, request and response schemas. */
export const alitripBtripOpenCostCenterEntityAddOperation = {
  method: 'alitrip.btrip.open.cost.center.entity.add',
  responseRoot: 'alitrip_btrip_open_cost_center_entity_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加成本中心人员信息 — calls TOP method `alitrip.btrip.open.cost.center.entity.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenCostCenterEntityAdd(
  client: TopClient,
  request: AlitripBtripOpenCostCenterEntityAddRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripOpenCostCenterEntityAddResponse> {
  return client.call<AlitripBtripOpenCostCenterEntityAddResponse>(
    {
      method: 'alitrip.btrip.open.cost.center.entity.add',
      responseRoot: 'alitrip_btrip_open_cost_center_entity_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
