// Generated from specs/happytrip/alibaba.htorder.hotel.sync.booking.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.htorder.hotel.sync.booking` (未来酒店亲橙客栈预订信息同步). */
export interface AlibabaHtorderHotelSyncBookingRequest {
  /** 预订信息数据 */
  data_entity?: AlibabaHtorderHotelSyncBookingSyncHotelBookingDataRequestDtoInput;
}

/** Response of `alibaba.htorder.hotel.sync.booking`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHtorderHotelSyncBookingResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaHtorderHotelSyncBookingResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncHotelBookingDataRequestDto` of `alibaba.htorder.hotel.sync.booking`. */
export interface AlibabaHtorderHotelSyncBookingSyncHotelBookingDataRequestDtoInput {
  /** 预订信息数据 */
  segments?: string[];
}

/** `ResultDto` of `alibaba.htorder.hotel.sync.booking`. */
export interface AlibabaHtorderHotelSyncBookingResultDto {
  /** 每个订单的信息发送结果 */
  content?: AlibabaHtorderHotelSyncBookingSyncHotelBookingDataResponseDto;
  /** 错误码 */
  err_no?: string;
  /** 错误信息 */
  err_info?: string;
  /** 栈信息 */
  stack_trace?: string;
  /** 是否成功 */
  succ?: boolean;
}

/** `SyncHotelBookingDataResponseDto` of `alibaba.htorder.hotel.sync.booking`. */
export interface AlibabaHtorderHotelSyncBookingSyncHotelBookingDataResponseDto {
  /** 消息发送结果 */
  segments?: AlibabaHtorderHotelSyncBookingHotelMessageSendSegment[];
}

/** `HotelMessageSendSegment` of `alibaba.htorder.hotel.sync.booking`. */
export interface AlibabaHtorderHotelSyncBookingHotelMessageSendSegment {
  /** 入住日期 */
  checkin?: string;
  /** 离店日期 */
  checkout?: string;
  /** 实际入住日期 */
  fee_begin_time?: string;
  /** 实际离店日期 */
  fee_finish_time?: string;
  /** 消息类型 */
  message_type?: string;
  /** 外部订单号 */
  out_order_id?: string;
  /** 消息结果 */
  result?: string;
  /** 房型 */
  room_type_name?: string;
  /** 供应商CODE */
  supplier_code?: string;
  /** 消息体参数容器 */
  parameters?: string;
}

const REQUEST_SCHEMA = {
  data_entity: {
    segments: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      segments: [
        {
          checkin: 'Date',
          checkout: 'Date',
          fee_begin_time: 'Date',
          fee_finish_time: 'Date',
          message_type: 'String',
          out_order_id: 'String',
          result: 'String',
          room_type_name: 'String',
          supplier_code: 'String',
          parameters: 'String',
        },
      ],
    },
    err_no: 'String',
    err_info: 'String',
    stack_trace: 'String',
    succ: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.htorder.hotel.sync.booking`: method, response root, request and response schemas. */
export const alibabaHtorderHotelSyncBookingOperation = {
  method: 'alibaba.htorder.hotel.sync.booking',
  responseRoot: 'alibaba_htorder_hotel_sync_booking_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 未来酒店亲橙客栈预订信息同步 — calls TOP method `alibaba.htorder.hotel.sync.booking`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHtorderHotelSyncBooking(
  client: TopClient,
  request: AlibabaHtorderHotelSyncBookingRequest = {},
  options?: CallOptions,
): Promise<AlibabaHtorderHotelSyncBookingResponse> {
  return client.call<AlibabaHtorderHotelSyncBookingResponse>(
    {
      method: 'alibaba.htorder.hotel.sync.booking',
      responseRoot: 'alibaba_htorder_hotel_sync_booking_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
