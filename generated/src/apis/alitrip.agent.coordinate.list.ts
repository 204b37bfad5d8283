// Generated from specs/flight/alitrip.agent.coordinate.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.coordinate.list` (慧飞商家协同单列表查询接口). */
export interface AlitripAgentCoordinateListRequest {
  /** 协同单列表查询参数 */
  coordination_list_request_dto: AlitripAgentCoordinateListCoordinationListRequestDTOInput;
}

/** Response of `alitrip.agent.coordinate.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentCoordinateListResponse {
  /** 协同单列表查询结果 */
  result?: AlitripAgentCoordinateListPageDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CoordinationListRequestDTO` of `alitrip.agent.coordinate.list`. */
export interface AlitripAgentCoordinateListCoordinationListRequestDTOInput {
  /** 开始页 */
  start_index: Int64Input;
  /** 分页大小 */
  page_size: Int64Input;
  /** 协同单状态列表，0:“待分配”，1:“待处理”，2:“处理中”，3:“已完结”，4:“已拒绝”，5:“已关闭”，6:“待验收”，7:“预约处理” */
  status_list?: string[];
  /** 协同单类型列表，1, "加订婴童"； 2, "加订婴童待出票"； 3, "自营履约系统转人工"； 4, "正向履约返现转人工"； 5, "催出票"； 6, "催退票"； 7, "催改签回填"； 8, "拦截出票"； 9, "系统主动二次回填"； 10, "商家主动二次回填"； 13, "追款"； 11, "改名/改证件询价"； 12, "改名/改证件"； 4, "补退"； 15, "宠物托运"； 16, "特殊餐食"； 17, "轮椅/担架"； 18, "婴儿摇篮"； 19, "加订行李"； 20, "航变清Q转人工"； 22,"无法出票"； 23,"线下编码预定"； 24,"申请关闭验真"； 25, "拦截改签"； 26, "催改签出票"； */
  case_type_list?: string[];
  /** 创建时间起点 */
  create_gmt_begin?: DateInput;
  /** 创建时间终点 */
  create_gmt_end?: DateInput;
  /** 飞猪订单号 */
  correlation_out_order_id?: string;
  /** 1:国内，2:国际 */
  domestic_intl: Int64Input;
}

/** `PageDTO` of `alitrip.agent.coordinate.list`. */
export interface AlitripAgentCoordinateListPageDTO {
  /** 总量 */
  total?: Int64;
  /** 结果集 */
  data_list?: AlitripAgentCoordinateListT[];
  /** 成功标示 */
  success?: boolean;
  /** 错误码:000:系统异常, 001:请求参数不合法, 002:权限不足, 003:操作失败, 004:流量管控 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `T` of `alitrip.agent.coordinate.list`. */
export interface AlitripAgentCoordinateListT {
  /** 协同单ID */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 协同单问题类型：1, "加订婴童"； 2, "加订婴童待出票"； 3, "自营履约系统转人工"； 4, "正向履约返现转人工"； 5, "催出票"； 6, "催退票"； 7, "催改签回填"； 8, "拦截出票"； 9, "系统主动二次回填"； 10, "商家主动二次回填"； 13, "追款"； 11, "改名/改证件询价"； 12, "改名/改证件"； 14, "补退"； 15, "宠物托运"； 16, "特殊餐食"； 17, "轮椅/担架"； 18, "婴儿摇篮"； 19, "加订行李"； 20, "航变清Q转人工"； 22,"无法出票"； 23,"线下编码预定"； 24,"申请关闭验真"； 25, "拦截改签"； 26, "催改签出票"； */
  case_type?: Int64;
  /** 协同单状态 */
  status?: Int64;
  /** 跟进人名称 */
  current_follower_name?: string;
  /** 标题 */
  title?: string;
  /** 协同履约截止时间 */
  serve_deadline?: string;
  /** 是否催促过，0:未催促，1:已催促 */
  urge?: Int64;
  /** 飞猪订单号 */
  correlation_out_order_id?: string;
  /** 1:出票,2:退票,3:改签,4:航变 */
  correlation_biz_type?: Int64;
}

const REQUEST_SCHEMA = {
  coordination_list_request_dto: {
    start_index: 'Number',
    page_size: 'Number',
    status_list: ['String'],
    case_type_list: ['String'],
    create_gmt_begin: 'Date',
    create_gmt_end: 'Date',
    correlation_out_order_id: 'String',
    domestic_intl: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    data_list: [
      {
        id: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        case_type: 'Number',
        status: 'Number',
        current_follower_name: 'String',
        title: 'String',
        serve_deadline: 'Date',
        urge: 'Number',
        correlation_out_order_id: 'String',
        correlation_biz_type: 'Number',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.coordinate.list`: method, response root, request and response schemas. */
export const alitripAgentCoordinateListOperation = {
  method: 'alitrip.agent.coordinate.list',
  responseRoot: 'alitrip_agent_coordinate_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 慧飞商家协同单列表查询接口 — calls TOP method `alitrip.agent.coordinate.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentCoordinateList(
  client: TopClient,
  request: AlitripAgentCoordinateListRequest,
  options?: CallOptions,
): Promise<AlitripAgentCoordinateListResponse> {
  return client.call<AlitripAgentCoordinateListResponse>(
    {
      method: 'alitrip.agent.coordinate.list',
      responseRoot: 'alitrip_agent_coordinate_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
