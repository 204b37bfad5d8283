// Generated from specs/happytrip/alibaba.happytrip.travel.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.travel.sync` (差旅申请单同步接口). */
export interface AlibabaHappytripTravelSyncRequest {
  /** 差旅申请单对象 */
  travel_head_dto: AlibabaHappytripTravelSyncTravelHeadDtoInput;
}

/** Response of `alibaba.happytrip.travel.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTravelSyncResponse {
  /** 差旅申请单在欢行内部产生的差旅单ID */
  travel_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TravelHeadDto` of `alibaba.happytrip.travel.sync`. */
export interface AlibabaHappytripTravelSyncTravelHeadDtoInput {
  /** 单据创建人用户id，阿里工号 */
  create_user_id: string;
  /** 差旅行程列表 */
  line_list: AlibabaHappytripTravelSyncTravelLineDtoInput[];
  /** 外部差旅申请单id，用作数据同步主键 */
  outer_travel_head_id: string;
  /** 同行人列表 */
  peer_staff_list?: AlibabaHappytripTravelSyncPeerStaffInput[];
  /** 单据审批状态， APPROVING：审批中, APPROVED：已审批, REJECTED：已拒绝 */
  status: string;
  /** 申请单提交时间 */
  submit_date: DateInput;
  /** 单据实际申请人用户id，阿里工号 */
  submit_user_id: string;
  /** 出差原因说明 */
  travel_purpose: string;
  /** 差旅类型， ORDINARY：出差（内部项目&会议等）， RECRUITING：出差（外部合作&交流等）， CONFERENCE：外部招待， MARKETING：公司大型活动， PUBLIC_RELATIONSHIP：入职&候选人面试， Training_Lecture：其它 */
  travel_type: string;
}

/** `TravelLineDto` of `alibaba.happytrip.travel.sync`. */
export interface AlibabaHappytripTravelSyncTravelLineDtoInput {
  /** 开始时间 */
  begin_date: DateInput;
  /** 结束时间 */
  end_date: DateInput;
  /** 出发城市 */
  from_city: string;
  /** 行程类型，ONE_WAY：单程，ROUND_TRIP：往返，MULTI_WAY：多程 */
  itinerary_type: string;
  /** 目的地城市 */
  to_city: string;
  /** 交通类型，PLANE：飞机，TRAIN：火车，AUTOMOTIVE：汽车，STEAMSHIP：轮船，OTHER：其他 */
  transport_type: string;
  /** 行程说明 */
  travel_purpose?: string;
}

/** `PeerStaff` of `alibaba.happytrip.travel.sync`. */
export interface AlibabaHappytripTravelSyncPeerStaffInput {
  /** 同行人用户id，阿里工号 */
  user_id: string;
  /** 同行人姓名 */
  user_name: string;
}

const REQUEST_SCHEMA = {
  travel_head_dto: {
    create_user_id: 'String',
    line_list: [
      {
        begin_date: 'Date',
        end_date: 'Date',
        from_city: 'String',
        itinerary_type: 'String',
        to_city: 'String',
        transport_type: 'String',
        travel_purpose: 'String',
      },
    ],
    outer_travel_head_id: 'String',
    peer_staff_list: [
      {
        user_id: 'String',
        user_name: 'String',
      },
    ],
    status: 'String',
    submit_date: 'Date',
    submit_user_id: 'String',
    travel_purpose: 'String',
    travel_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  travel_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.travel.sync`: method, response root, request and response schemas. */
export const alibabaHappytripTravelSyncOperation = {
  method: 'alibaba.happytrip.travel.sync',
  responseRoot: 'alibaba_happytrip_travel_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 差旅申请单同步接口 — calls TOP method `alibaba.happytrip.travel.sync`.
 *
 * 以外部差旅申请单id（outer_travel_head_id）为主键，保存或更新差旅单信息到欢行系统中
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTravelSync(
  client: TopClient,
  request: AlibabaHappytripTravelSyncRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTravelSyncResponse> {
  return client.call<AlibabaHappytripTravelSyncResponse>(
    {
      method: 'alibaba.happytrip.travel.sync',
      responseRoot: 'alibaba_happytrip_travel_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
