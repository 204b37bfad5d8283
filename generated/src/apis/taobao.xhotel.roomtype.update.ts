// Generated from specs/xhotelitem/taobao.xhotel.roomtype.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.roomtype.update` (房型更新接口（ID不存在自动新增）). */
export interface TaobaoXhotelRoomtypeUpdateRequest {
  /** （已废弃） */
  rid?: Int64Input;
  /**
   * 房型名称。不能超过200字；添加房型时为必须
   *
   * Max length: 200
   */
  name?: string;
  /** 最大入住人数，默认2（1-99） */
  max_occupancy?: Int64Input;
  /**
   * 具体面积大小，请按照正确格式填写。两种格式，例如：40 或者 10-20
   *
   * Max length: 30
   */
  area?: string;
  /**
   * 客房在建筑的第几层，隔层为1-2层，4-5层，7-8层
   *
   * Max length: 30
   */
  floor?: string;
  /**
   * 床型。按链接中床型列表定义值存储 http://open.taobao.com/docs/doc.htm?&docType=1&articleId=105610
   *
   * Max length: 100
   */
  bed_type?: string;
  /**
   * 床宽。按自己定义存储，比如：2.1米
   *
   * Max length: 30
   */
  bed_size?: string;
  /** 宽带服务。A,B,C,D。分别代表： A：无宽带，B：免费宽带，C：收费宽带，D：部分收费宽带 */
  internet?: string;
  /**
   * 设施服务。JSON格式。 value值true有此服务，false没有。 bar：吧台，catv：有线电视，ddd：国内长途电话，idd：国际长途电话，toilet：独立卫生间，pubtoliet：公共卫生间。 如： {"bar":false,"catv":false,"ddd":false,"idd":false,"pubtoilet":false,"toilet":false}
   *
   * Max length: 1024
   */
  service?: string;
  /** 0:无窗/1:有窗 */
  window_type?: Int64Input;
  /**
   * 扩展信息的JSON。注：此字段的值需要ISV在接入前与淘宝沟通，且确认能解析
   *
   * Max length: 500
   */
  extend?: string;
  /**
   * （必传）商家房型ID
   *
   * Max length: 64
   */
  outer_id?: string;
  /** 该字段只有确定的时候，才允许填入。用于标示和淘宝房型的匹配关系。目前尚未启动该字段。 */
  srid?: Int64Input;
  /**
   * 系统商，不要使用，只有申请才可用
   *
   * Max length: 50
   */
  vendor?: string;
  /** （已废弃） */
  hid?: Int64Input;
  /**
   * 商家酒店ID(如果更新房型的时候房型不存在，会拿该code去新增房型)
   *
   * Max length: 64
   */
  hotel_code?: string;
  /** 房型图片只支持远程图片，格式如下：[{"url":"http://taobao.com/123.jpg","ismain":"true"},{"url":"http://taobao.com/456.jpg","ismain":"false"},{"url":"http://taobao.com/789.jpg","ismain":"false"}]其中url是远程图片的访问地址（URL地址必须是合法的，否则会报错），main是是否为主图。只能设置一张图片为主图。要求：无logo、水印、边框、人物，不模糊，不重复，不歪斜，房间图清晰，图片尺寸不小于300*225，不小于5M */
  pics?: string;
  /** 房型状态。0:正常，-1:删除，-2:停售 */
  status?: number;
  /**
   * 卖家房型英文名称
   *
   * Max length: 200
   */
  name_e?: string;
  /** 操作人信息 */
  operator?: string;
  /** 属性值为1: 含义是非直连房型 */
  connection_type?: Int64Input;
  /** main_bed_type母床型,sub_bed_type子床型。详情参见文档： https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.yN2mES&docType=1&articleId=118712&previewCode=1DABB73EA935608455E203BA06CF3566 */
  bed_info?: string;
  /** 新的房型编码，请确实需要修改某个房型的编码的时候才使用，如需使用，请联系飞猪技术支持开通权限，否则会更新失败 */
  new_outer_id?: string;
  /** 房间设施 */
  standard_room_facilities?: string;
  /** 窗型，窗型（windowType）： 0=无窗 1=有窗 2=部分有窗 窗型缺陷（windowTypeDefect）： 0=窗户不可打开通风 1=窗外有遮挡 2=窗外为酒店内景观 特殊窗（windowTypeSpecial）： 0=落地窗 1=飘窗 2=天窗 3=小窗。 当为有窗或部分有窗时，窗型缺陷可多选，特殊窗型需单选 */
  window_desc?: string;
  /** 房型加床政策。 费用(fee) 说明(desc) */
  add_bed?: string;
  /** 儿童政策 */
  children_policy?: string;
}

/** Response of `taobao.xhotel.roomtype.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRoomtypeUpdateResponse {
  /** 房型信息 */
  xroomtype?: TaobaoXhotelRoomtypeUpdateXRoomType;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XRoomType` of `taobao.xhotel.roomtype.update`. */
export interface TaobaoXhotelRoomtypeUpdateXRoomType {
  /** rid */
  rid?: Int64;
  /** hid */
  hid?: Int64;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 匹配状态: 0：待系统匹配 1：已系统匹配，匹配成功，待卖家确认 2：已系统匹配，匹配失败，待人工匹配 3：已人工匹配，匹配成功，待卖家确认 4：已人工匹配，匹配失败 5：卖家已确认，确认&ldquo;YES&rdquo; 6：卖家已确认，确认&ldquo;NO&rdquo; 7:已系统匹配，但是匹配重复，待人工确认 */
  match_status?: Int64;
  /** 房型状态。0:正常，-1:删除，-2:停售 */
  status?: Int64;
  /** 出错原因,没有匹配上标准房型时，小二拒绝的理由 */
  error_info?: string;
  /** 卖家系统id */
  outer_id?: string;
  /** 房型名称 */
  name?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 可选值：A,B,C,D。分别代表： A：15平米以下，B：16－30平米，C：31－50平米，D：50平米以上 2）也可以自己定义，比如：40平方米 */
  area?: string;
  /** 客房在建筑的第几层，隔层为1-2层，4-5层，7-8层 */
  floor?: string;
  /** 床型。按自己定义存储，比如：高低床、上下床 */
  bed_type?: string;
  /** 床宽。 */
  bed_size?: string;
  /** 宽带服务。A,B,C,D。分别代表： A：无宽带，B：免费宽带，C：收费宽带，D：部分收费宽带 */
  internet?: string;
  /** 窗型,0：无窗/1：有窗 */
  window_type?: Int64;
  /** 设施服务。JSON格式。 value值true有此服务，false没有。 bar：吧台，catv：有线电视，ddd：国内长途电话，idd：国际长途电话，toilet：独立卫生间，pubtoliet：公共卫生间。 如： {"bar":false,"catv":false,"ddd":false,"idd":false,"pubtoilet":false,"toilet":false} */
  service?: string;
  /** 扩展信息的JSON。 注：此字段的值需要ISV在接入前与淘宝沟通，且确认能解析 */
  extend?: string;
  /** 标准房型信息 */
  s_roomtype?: TaobaoXhotelRoomtypeUpdateSRoomType;
  /** 卖家房型英文名称 */
  name_e?: string;
}

/** `SRoomType` of `taobao.xhotel.roomtype.update`. */
export interface TaobaoXhotelRoomtypeUpdateSRoomType {
  /** 匹配的标准房型 */
  srid?: Int64;
  /** 房型名 */
  name?: string;
  /** 楼层 */
  floor?: string;
  /**
   * 宽带服务
   * "0","有线上网(免费),
   * "1","有线上网(无)",
   * "2","有线上网(收费)",
   * "3","有线上网(部分有且免费)",
   * "4","有线上网(部分有且收费)"
   */
  internet?: string;
  /** shid */
  shid?: Int64;
  /** pic_url */
  pic_url?: string;
  /** facility */
  facility?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 面积 */
  area?: string;
  /** 扩展字段 */
  extend?: string;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /**
   * 窗型，枚举类型
   * 0, 无窗,
   * 1, 有窗;
   */
  window_type?: string;
  /** 床型。json格式：[{"bedType":"大床","bedSize":"1.5m"},{"bedType":"双床","bedSize":"1.2m"}] */
  bed?: string;
  /** 状态。0:正常;-1:删除 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  rid: 'Number',
  name: 'String',
  max_occupancy: 'Number',
  area: 'String',
  floor: 'String',
  bed_type: 'String',
  bed_size: 'String',
  internet: 'String',
  service: 'String',
  window_type: 'Number',
  extend: 'String',
  outer_id: 'String',
  srid: 'Number',
  vendor: 'String',
  hid: 'Number',
  hotel_code: 'String',
  pics: 'String',
  status: 'byte',
  name_e: 'String',
  operator: 'String',
  connection_type: 'Number',
  bed_info: 'String',
  new_outer_id: 'String',
  standard_room_facilities: 'String',
  window_desc: 'String',
  add_bed: 'String',
  children_policy: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  xroomtype: {
    rid: 'Number',
    hid: 'Number',
    created_time: 'Date',
    modified_time: 'Date',
    match_status: 'Number',
    status: 'Number',
    error_info: 'String',
    outer_id: 'String',
    name: 'String',
    max_occupancy: 'Number',
    area: 'String',
    floor: 'String',
    bed_type: 'String',
    bed_size: 'String',
    internet: 'String',
    window_type: 'Number',
    service: 'String',
    extend: 'String',
    s_roomtype: {
      srid: 'Number',
      name: 'String',
      floor: 'String',
      internet: 'String',
      shid: 'Number',
      pic_url: 'String',
      facility: 'String',
      max_occupancy: 'Number',
      area: 'String',
      extend: 'String',
      created_time: 'Date',
      modified_time: 'Date',
      window_type: 'String',
      bed: 'String',
      status: 'Number',
    },
    name_e: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.roomtype.update`: method, response root, request and response schemas. */
export const taobaoXhotelRoomtypeUpdateOperation = {
  method: 'taobao.xhotel.roomtype.update',
  responseRoot: 'xhotel_roomtype_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房型更新接口（ID不存在自动新增） — calls TOP method `taobao.xhotel.roomtype.update`.
 *
 * 酒店房型更新或添加
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRoomtypeUpdate(
  client: TopClient,
  request: TaobaoXhotelRoomtypeUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRoomtypeUpdateResponse> {
  return client.call<TaobaoXhotelRoomtypeUpdateResponse>(
    {
      method: 'taobao.xhotel.roomtype.update',
      responseRoot: 'xhotel_roomtype_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
